namespace CarPass.Domain.Maintenance;

/// <summary>A maintenance interval: due by months or by kilometres since it was last done, whichever comes first.</summary>
public sealed record ReminderRecord(
    Guid ReminderId,
    ServiceKind Kind,
    int? IntervalKm,
    int? IntervalMonths,
    DateTime? LastDoneAt,
    int? LastDoneKm,
    bool IsActive = true
);
