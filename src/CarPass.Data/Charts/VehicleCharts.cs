using CarPass.Domain.Vehicles;

namespace CarPass.Data.Charts;

/// <summary>The series a vehicle's charts draw, all computed here so the page only plots numbers.</summary>
public sealed record VehicleCharts(
    IReadOnlyList<OdometerPoint> Odometer,
    MileageProjection? Projection,
    bool Electric,
    IReadOnlyList<FillConsumption> Consumption,
    double? ConsumptionBaseline,
    double? ConsumptionAverage,
    string? Currency,
    IReadOnlyList<MonthSpending> Spending
);

/// <summary>A stored odometer reading: trusted ones drive reminders, flagged ones were kept despite an implausible jump.</summary>
public sealed record OdometerPoint(DateTime RecordedAt, int Km, bool Trusted, bool Flagged, OdometerSource Source);

/// <summary>What a month cost in one currency, in minor units (kopecks, cents): fuel, and service (own entries and confirmed visits).</summary>
public sealed record MonthSpending(int Year, int Month, long FuelMinor, long ServiceMinor);
