namespace CarPass.Host.Api.Vehicles.Charts;

/// <summary>GET /api/my/vehicles/{vehicle_id}/charts: the numbers behind the passport's charts; the page only plots them.</summary>
public sealed record ChartsResponse(
    OdometerChartResponse Odometer,
    ConsumptionChartResponse Consumption,
    SpendingChartResponse? Spending
);

public sealed record OdometerChartResponse(IReadOnlyList<OdometerPointResponse> Points, ProjectionResponse? Projection);

public sealed record OdometerPointResponse(DateTime At, int Km, bool Trusted, bool Flagged);

/// <summary>The line the maintenance reminders carry the mileage along (from the highest trusted reading to today's estimate).</summary>
public sealed record ProjectionResponse(DateTime FromAt, int FromKm, DateTime ToAt, int ToKm, double KmPerDay);

/// <summary><c>unit</c> is <c>l_per_100km</c>, or <c>kwh_per_100km</c> for an electric car.</summary>
public sealed record ConsumptionChartResponse(
    string Unit,
    IReadOnlyList<ConsumptionPointResponse> Points,
    double? Baseline,
    double? Average
);

/// <summary>One full fill closing a measured stretch: <c>value</c> per 100 km over its <c>km</c>.</summary>
public sealed record ConsumptionPointResponse(DateTime At, int OdometerKm, double Value, int Km, double Litres);

/// <summary>Costs per month in one currency, in minor units; null when the vehicle has no costs.</summary>
public sealed record SpendingChartResponse(string Currency, IReadOnlyList<MonthSpendingResponse> Months);

public sealed record MonthSpendingResponse(string Month, long FuelMinor, long ServiceMinor, long TotalMinor);
