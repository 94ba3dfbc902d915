using CarPass.Domain.Maintenance;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Data.Passports;

/// <summary>
/// One vehicle's passport as the read model keeps it: what /passport, the garage and the Mini App
/// show, scored once for the records of one <see cref="Version"/>. Time alone changes a passport
/// only where a reminder's due date or due-soon threshold passes, today's mileage estimate moves
/// on (once a day while it carries a pace forward) or the OSAGO policy lapses, so the entry serves reads until the earliest of
/// those moments (<see cref="ValidUntil"/>); the owner's level is computed on each
/// read from <see cref="Evidence"/>, so its six-month window always ends today.
/// </summary>
public sealed record CachedPassport(
    Guid Version,
    PassportResult Passport,
    IReadOnlyList<MissingItem> NextActions,
    int PendingVisits,
    OwnerEvidence Evidence,
    DateTime ValidUntil,
    VehicleConsumption Consumption
)
{
    public static CachedPassport Of(Guid version, VehicleSnapshot snapshot, PassportResult passport) =>
        new(
            version,
            passport,
            [.. passport.Completeness.MissingItems.Where(m => m.Attainable).Take(PassportView.MaxNextActions)],
            snapshot.Visits.Count(v => v.Status == VisitStatus.PendingConfirmation),
            OwnerEvidence.Of(snapshot, passport),
            Earliest(
                Earliest(
                    MaintenanceClock.NextChange(passport.Maintenance, passport.ComputedAt),
                    MileageEstimate.NextChange(snapshot.OdometerReadings, passport.ComputedAt)
                ),
                InsuranceLapse(snapshot, passport.ComputedAt)
            ),
            VehicleConsumption.Of(snapshot)
        );

    private static DateTime Earliest(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>The first moment the policy counts as lapsed (the day after its last valid day), if still ahead.</summary>
    private static DateTime InsuranceLapse(VehicleSnapshot snapshot, DateTime from) =>
        snapshot.InsuranceExpiresOn?.Date.AddDays(1) is { } lapse && lapse > from ? lapse : DateTime.MaxValue;

    /// <summary>True when this entry is the passport of the records at <paramref name="version"/>, as of <paramref name="nowUtc"/>.</summary>
    public bool Serves(Guid version, DateTime nowUtc) =>
        Version == version && nowUtc >= Passport.ComputedAt && nowUtc < ValidUntil;
}
