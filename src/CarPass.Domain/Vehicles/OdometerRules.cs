using CarPass.Domain.Common;

namespace CarPass.Domain.Vehicles;

/// <summary>
/// Keeps one mistyped reading from poisoning every reminder and statistic (docs/SCORING.md, odometer rules):
/// current mileage is the highest trusted reading, and a new reading must fit the trusted ones around it.
/// </summary>
public static class OdometerRules
{
    public const int MinKm = 0;
    public const int MaxKm = 2_000_000;

    /// <summary>A jump up to this size is always plausible, however soon after the last reading.</summary>
    public const int JumpAllowanceKm = 5_000;

    /// <summary>Beyond the allowance, a jump may grow by this much per day since the last trusted reading.</summary>
    public const int MaxKmPerDay = 1_500;

    public static int? CurrentKm(IEnumerable<OdometerRecord> readings) =>
        readings.Where(r => r.IsTrusted).Select(r => (int?)r.ValueKm).Max();

    /// <summary>Null when the reading is plausible; otherwise why it is not.</summary>
    public static DomainError? Assess(int valueKm, DateTime readingAtUtc, IReadOnlyList<OdometerRecord> existing)
    {
        if (valueKm is < MinKm or > MaxKm)
        {
            return new DomainError(ErrorCodes.OdometerOutOfRange);
        }
        var trusted = existing.Where(r => r.IsTrusted).ToList();
        var earlier = trusted
            .Where(r => r.RecordedAt <= readingAtUtc)
            .OrderByDescending(r => r.ValueKm)
            .ThenByDescending(r => r.RecordedAt)
            .FirstOrDefault();
        if (earlier is not null && valueKm < earlier.ValueKm)
        {
            return new DomainError(ErrorCodes.OdometerBelowTrusted, earlier.ValueKm);
        }
        // A back-dated reading must also stay below what the car showed later.
        var lowestLater = trusted.Where(r => r.RecordedAt > readingAtUtc).Select(r => (int?)r.ValueKm).Min();
        if (lowestLater is { } later && valueKm > later)
        {
            return new DomainError(ErrorCodes.OdometerAboveLater, later);
        }
        if (earlier is null)
        {
            return null;
        }
        var jumpKm = valueKm - earlier.ValueKm;
        return jumpKm > AllowedJumpKm(readingAtUtc - earlier.RecordedAt)
            ? new DomainError(ErrorCodes.OdometerImplausibleJump, earlier.ValueKm, jumpKm)
            : null;
    }

    public static double AllowedJumpKm(TimeSpan sinceLastTrusted) =>
        Math.Max(JumpAllowanceKm, MaxKmPerDay * Math.Max(0, sinceLastTrusted.TotalDays));
}
