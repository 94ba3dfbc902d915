using CarPass.Data.Requests;

namespace CarPass.Data.Notifications;

/// <summary>One visit, data change or access request waiting for the owner, as read for the sweep.</summary>
internal sealed record PendingRow(
    Guid Id,
    Guid VehicleId,
    Guid RequestedBy,
    Guid? CenterId,
    string? CenterName,
    DateTime CreatedAt,
    DateTime? VisitDate = null,
    VehicleField? Field = null
);
