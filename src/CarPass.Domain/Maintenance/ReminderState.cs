namespace CarPass.Domain.Maintenance;

public sealed record ReminderState(Guid ReminderId, ServiceKind Kind, ReminderDue Due, DateTime? DueDate, int? DueKm);
