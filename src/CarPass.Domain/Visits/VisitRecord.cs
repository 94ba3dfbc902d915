using CarPass.Domain.Maintenance;

namespace CarPass.Domain.Visits;

/// <summary>A service-centre visit as scoring sees it.</summary>
/// <param name="Work">The service kinds the centre recorded, from the reminders' catalogue.</param>
public sealed record VisitRecord(
    Guid VisitId,
    Guid ServiceCenterId,
    bool CenterVerified,
    VisitStatus Status,
    DateTime VisitDate,
    int? OdometerKm,
    DateTime CreatedAt,
    bool HasUnresolvedDispute = false,
    IReadOnlyList<ServiceKind>? Work = null
)
{
    public IReadOnlyList<ServiceKind> WorkKinds => Work ?? [];
}
