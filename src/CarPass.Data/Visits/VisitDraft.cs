using CarPass.Domain.Maintenance;

namespace CarPass.Data.Visits;

/// <param name="WorkItems">Free-text work; may be empty when <paramref name="Work"/> names the work.</param>
/// <param name="Work">The service kinds done, from the reminders' catalogue.</param>
public sealed record VisitDraft(
    DateTime VisitDate,
    string WorkItems,
    int? OdometerKm = null,
    string? Parts = null,
    long? CostMinor = null,
    string? Currency = null,
    string? Note = null,
    IReadOnlyList<ServiceKind>? Work = null
);
