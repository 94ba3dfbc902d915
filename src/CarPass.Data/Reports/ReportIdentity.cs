using CarPass.Domain.Vehicles;

namespace CarPass.Data.Reports;

/// <summary>The car's identity; VIN and plate shown in full or masked, as the owner chose for the link.</summary>
public sealed record ReportIdentity(string Name, string? Make, string? Model, int? Year, string? Vin, string? Plate)
{
    public ReportIdentity Shown(bool full) =>
        full
            ? this
            : this with
            {
                Vin = Vin is null ? null : Domain.Vehicles.Vin.Mask(Vin),
                Plate = Plate is null ? null : Domain.Vehicles.Plate.Mask(Plate),
            };

    public string MakeAndModel => string.Join(' ', new[] { Make, Model }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
