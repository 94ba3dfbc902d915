namespace CarPass.Domain.Vehicles;

/// <summary>
/// The world manufacturer identifiers of common makers, from the data file shipped in this assembly
/// (Vehicles/Data/wmi.tsv: its source and date are noted at its top). Not complete: a prefix that
/// is not listed is still a valid VIN prefix.
/// </summary>
public static class WorldManufacturers
{
    private const string Resource = "CarPass.Domain.Vehicles.wmi.tsv";

    private static readonly Lazy<IReadOnlyDictionary<string, WorldManufacturer>> Table = new(Load);

    public static IReadOnlyCollection<WorldManufacturer> All =>
        (IReadOnlyCollection<WorldManufacturer>)Table.Value.Values;

    /// <summary>The maker whose prefix the VIN (or its first three characters) starts with; null when not listed.</summary>
    public static WorldManufacturer? Find(string vin) =>
        vin.Length >= 3 ? Table.Value.GetValueOrDefault(vin[..3].ToUpperInvariant()) : null;

    private static IReadOnlyDictionary<string, WorldManufacturer> Load()
    {
        using var stream =
            typeof(WorldManufacturers).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource {Resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    internal static IReadOnlyDictionary<string, WorldManufacturer> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(columns => new WorldManufacturer(columns[0], columns[1], columns[2]))
            .ToDictionary(m => m.Code);
}
