namespace CarPass.Data.Visits;

public sealed record VisitDraft(
    DateTime VisitDate,
    string WorkItems,
    int? OdometerKm = null,
    string? Parts = null,
    long? CostMinor = null,
    string? Currency = null,
    string? Note = null
);
