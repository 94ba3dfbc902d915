using CarPass.Domain.Maintenance;

namespace CarPass.Host.Api.Vehicles;

public sealed record ReminderResponse(
    ServiceKind Kind,
    string KindText,
    ReminderDue Due,
    string DueText,
    DateTime? DueDate,
    int? DueKm
);
