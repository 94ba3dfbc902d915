using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Lookup;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Flows.Centers;

/// <summary>How centres and vehicles are named across the service loop: trust in words, vehicles masked.</summary>
public sealed class CenterLabels(CarPassDbContext db)
{
    public async Task<string> CenterAsync(Speaker speaker, ServiceCenter center, CancellationToken ct)
    {
        var level =
            await db
                .ServiceCenterScores.AsNoTracking()
                .Where(s => s.ServiceCenterId == center.Id)
                .Select(s => (TrustLevel?)s.TrustLevel)
                .FirstOrDefaultAsync(ct)
            ?? TrustLevel.New;
        return $"{Html.Bold(Html.Escape(center.Name))}, {Html.Escape(center.City)} · {speaker.T($"trust_level.{SnakeCase.Of(level)}")}";
    }

    /// <summary>Make, model, year and masked identifiers — what staff may know of a car.</summary>
    public static string Masked(MaskedVehicle v) =>
        Html.Escape(
            string.Join(
                " · ",
                new[] { $"{v.Make} {v.Model} {v.Year}".Trim(), v.MaskedVin, v.MaskedPlate }.Where(p =>
                    !string.IsNullOrWhiteSpace(p)
                )
            )
        );

    public static MaskedVehicle Mask(Data.Vehicles.Vehicle v) =>
        new(
            v.Id,
            v.Make,
            v.Model,
            v.Year,
            v.Vin is null ? null : Domain.Vehicles.Vin.Mask(v.Vin),
            v.PlateNumber is null ? null : Domain.Vehicles.Plate.Mask(v.PlateNumber)
        );
}
