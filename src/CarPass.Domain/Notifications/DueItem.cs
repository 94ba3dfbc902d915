using CarPass.Domain.Maintenance;

namespace CarPass.Domain.Notifications;

/// <summary>One maintenance item a nudge is about, and when it falls due.</summary>
public sealed record DueItem(ServiceKind Kind, ReminderDue Due, DateTime? DueDate, int? DueKm);
