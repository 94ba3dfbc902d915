namespace CarPass.Domain.Vehicles;

/// <summary>
/// kWh/100 km from charging sessions, the way <see cref="FuelEconomy"/> reads full tanks
/// (docs/VEHICLE_KNOWLEDGE.md, electric and plug-in hybrid cars). A session with an odometer value
/// closes the stretch opened by the previous one with an odometer value: the stretch took the energy
/// of every session after its start, the closing one included (sessions without an odometer carry
/// their kWh forward like partial fills). The battery must end both sessions at about the same level,
/// as a full tank ends at the same level: when both report the state of charge after charging and it
/// differs by more than <see cref="MaxSocDrift"/> points, the stretch is not measured and a new run starts.
/// </summary>
public static class EnergyEconomy
{
    public const int MaxSocDrift = 10;

    /// <summary>The average over every measured stretch: all their kWh over all their kilometres.</summary>
    public static double? AverageKwhPer100Km(IEnumerable<ChargingRecord> sessions)
    {
        var stretches = PerSession(sessions);
        var km = stretches.Sum(s => (long)s.Km);
        return km == 0 ? null : stretches.Sum(s => s.Litres) / km * 100;
    }

    /// <summary>One measured stretch per session that closes one, oldest first (<see cref="FillConsumption.Litres"/> holds kWh).</summary>
    public static IReadOnlyList<FillConsumption> PerSession(IEnumerable<ChargingRecord> sessions)
    {
        var ordered = sessions
            .Where(s => !s.IsDeleted)
            .OrderBy(s => s.Date)
            .ThenBy(s => s.OdometerKm ?? int.MaxValue)
            .ThenBy(s => s.CreatedAt);

        var stretches = new List<FillConsumption>();
        ChargingRecord? start = null;
        double carriedKwh = 0;

        foreach (var session in ordered)
        {
            if (session.OdometerKm is not { } endKm)
            {
                // Energy charged before the first session with an odometer cannot be attributed to any distance.
                carriedKwh += start is null ? 0 : session.Kwh;
                continue;
            }
            if (start?.OdometerKm is { } startKm && endKm > startKm && SameLevel(start, session))
                stretches.Add(new FillConsumption(session.Date, endKm, carriedKwh + session.Kwh, endKm - startKm));
            start = session;
            carriedKwh = 0;
        }
        return stretches;
    }

    private static bool SameLevel(ChargingRecord start, ChargingRecord end) =>
        start.SocAfter is not { } before || end.SocAfter is not { } after || Math.Abs(after - before) <= MaxSocDrift;
}
