using CarPass.Domain.Maintenance;
using CarPass.Domain.ServiceCenters;

namespace CarPass.Data.Reports;

/// <summary>A visit a centre recorded and the owner confirmed: verified history.</summary>
public sealed record ReportVisit(
    DateTime Date,
    string CenterName,
    bool CenterVerified,
    TrustLevel CenterTrust,
    int? OdometerKm,
    IReadOnlyList<ServiceKind> Work,
    string WorkItems
);

/// <summary>Service the owner reported alone: shown, never counted as verified.</summary>
public sealed record ReportServiceEntry(DateTime Date, ServiceKind Kind, int? OdometerKm);

/// <summary>One owner's time with the car: no names, only dates; <see cref="To"/> is null for the current owner.</summary>
public sealed record OwnershipPeriod(DateTime From, DateTime? To);

/// <summary>Average litres (kWh for electric cars) per 100 km over full-tank runs, and the owner's stated baseline.</summary>
public sealed record ReportConsumption(bool Electric, double? Average, double? Baseline, int Fills);
