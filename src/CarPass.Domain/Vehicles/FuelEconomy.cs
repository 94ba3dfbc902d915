namespace CarPass.Domain.Vehicles;

/// <summary>
/// Average consumption measured only between full-tank fills (docs/SCORING.md, consumption baseline): partial
/// fills carry their litres forward to the next full fill, and a missed fill starts a new run.
/// </summary>
public static class FuelEconomy
{
    public static double? AverageLPer100Km(IEnumerable<FuelRecord> fills)
    {
        var ordered = fills
            .Where(f => !f.IsDeleted)
            .OrderBy(f => f.Date)
            .ThenBy(f => f.OdometerKm ?? int.MaxValue)
            .ThenBy(f => f.CreatedAt);

        int? runStartKm = null;
        double carriedLitres = 0;
        double measuredLitres = 0;
        long measuredKm = 0;

        foreach (var fill in ordered)
        {
            if (fill.MissedPrevious)
            {
                runStartKm = null;
            }
            if (!fill.IsFullTank)
            {
                // Litres put in before the first full fill of a run cannot be attributed to any distance.
                carriedLitres += runStartKm is null ? 0 : fill.Litres;
                continue;
            }
            if (runStartKm is { } startKm && fill.OdometerKm is { } endKm && endKm > startKm)
            {
                measuredLitres += carriedLitres + fill.Litres;
                measuredKm += endKm - startKm;
            }
            // A full fill without an odometer value cannot close or open a run.
            runStartKm = fill.OdometerKm;
            carriedLitres = 0;
        }
        return measuredKm == 0 ? null : measuredLitres / measuredKm * 100;
    }
}
