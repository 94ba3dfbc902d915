using CarPass.Data.Charts;

namespace CarPass.Host.Api.Vehicles.Charts;

internal static class ChartsMapping
{
    public static ChartsResponse ToResponse(VehicleCharts charts) =>
        new(
            new OdometerChartResponse(
                [.. charts.Odometer.Select(p => new OdometerPointResponse(p.RecordedAt, p.Km, p.Trusted, p.Flagged))],
                charts.Projection is { } line
                    ? new ProjectionResponse(
                        line.FromAt,
                        line.FromKm,
                        line.ToAt,
                        line.ToKm,
                        Math.Round(line.KmPerDay, 2)
                    )
                    : null
            ),
            new ConsumptionChartResponse(
                charts.Electric ? "kwh_per_100km" : "l_per_100km",
                [
                    .. charts.Consumption.Select(c => new ConsumptionPointResponse(
                        c.Date,
                        c.OdometerKm,
                        Math.Round(c.PerHundredKm, 2),
                        c.Km,
                        Math.Round(c.Litres, 2)
                    )),
                ],
                charts.ConsumptionBaseline is { } baseline ? Math.Round(baseline, 2) : null,
                charts.ConsumptionAverage is { } average ? Math.Round(average, 2) : null
            ),
            charts.Currency is { } currency
                ? new SpendingChartResponse(
                    currency,
                    [
                        .. charts.Spending.Select(m => new MonthSpendingResponse(
                            $"{m.Year:D4}-{m.Month:D2}",
                            m.FuelMinor,
                            m.ServiceMinor,
                            m.FuelMinor + m.ServiceMinor
                        )),
                    ]
                )
                : null
        );
}
