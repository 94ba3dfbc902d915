using CarPass.Data.Vehicles;
using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Passports;

/// <summary>
/// Everything the bot's /passport and the Mini App show for one vehicle, computed once by the
/// scoring library, so the two can never disagree.
/// </summary>
public sealed record PassportView(
    Vehicle Vehicle,
    PassportResult Passport,
    IReadOnlyList<MissingItem> NextActions,
    int PendingVisits,
    VehicleConsumption Consumption
)
{
    public const int MaxNextActions = 4;
}
