using CarPass.Domain.Maintenance;

namespace CarPass.Data.Reminders;

/// <summary>An interval by kilometres and/or months, and when it was last done (if known).</summary>
public sealed record ReminderDraft(
    ServiceKind Kind,
    int? IntervalKm,
    int? IntervalMonths,
    DateTime? LastDoneAt = null,
    int? LastDoneKm = null
);
