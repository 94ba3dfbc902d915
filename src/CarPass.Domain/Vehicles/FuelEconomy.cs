namespace CarPass.Domain.Vehicles;

/// <summary>
/// Consumption measured only between full-tank fills (docs/SCORING.md, consumption baseline): partial
/// fills carry their litres forward to the next full fill, and a missed fill starts a new run.
/// </summary>
public static class FuelEconomy
{
    /// <summary>The average over every measured stretch: all their litres over all their kilometres.</summary>
    public static double? AverageLPer100Km(IEnumerable<FuelRecord> fills)
    {
        double litres = 0;
        long km = 0;
        foreach (var stretch in PerFill(fills))
        {
            litres += stretch.Litres;
            km += stretch.Km;
        }
        return km == 0 ? null : litres / km * 100;
    }

    /// <summary>One measured stretch per full fill that closes one, oldest first.</summary>
    public static IReadOnlyList<FillConsumption> PerFill(IEnumerable<FuelRecord> fills)
    {
        var ordered = fills
            .Where(f => !f.IsDeleted)
            .OrderBy(f => f.Date)
            .ThenBy(f => f.OdometerKm ?? int.MaxValue)
            .ThenBy(f => f.CreatedAt);

        var stretches = new List<FillConsumption>();
        int? runStartKm = null;
        double carriedLitres = 0;

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
                stretches.Add(new FillConsumption(fill.Date, endKm, carriedLitres + fill.Litres, endKm - startKm));
            // A full fill without an odometer value cannot close or open a run.
            runStartKm = fill.OdometerKm;
            carriedLitres = 0;
        }
        return stretches;
    }
}
