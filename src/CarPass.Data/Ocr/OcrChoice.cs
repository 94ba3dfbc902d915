using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;

namespace CarPass.Data.Ocr;

/// <summary>Turns the candidates a person picked into a vehicle edit and the scan's record of the choice.</summary>
internal static class OcrChoice
{
    public static VehicleChanges ToChanges(IReadOnlyList<OcrCandidate> chosen)
    {
        var changes = new VehicleChanges();
        foreach (var candidate in chosen)
        {
            changes = candidate.Kind switch
            {
                OcrField.Vin => changes with { Vin = candidate.Value },
                OcrField.Plate => changes with { PlateNumber = candidate.Value, PlateCountry = candidate.Country },
                OcrField.MakeModel => WithMakeModel(changes, candidate.Value),
                OcrField.Year when int.TryParse(candidate.Value, out var year) => changes with { Year = year },
                _ => changes, // the passport has no colour field yet: the choice is kept on the scan only
            };
        }
        return changes;
    }

    public static bool ChangesVehicle(VehicleChanges changes) => changes != new VehicleChanges();

    /// <summary>"vin=XTA…; plate=А123ВС77": what was chosen, in one short line.</summary>
    public static string Describe(IReadOnlyList<OcrCandidate> chosen) =>
        string.Join("; ", chosen.Select(c => $"{SnakeCase.Of(c.Kind)}={c.Value}"));

    // A certificate prints make and model together ("LADA GRANTA"): the first word is the make.
    private static VehicleChanges WithMakeModel(VehicleChanges changes, string value)
    {
        var parts = value.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return changes with { Make = parts[0], Model = parts.Length > 1 ? parts[1] : null };
    }
}
