namespace CarPass.Domain.Visits;

/// <summary>A service-centre visit as scoring sees it.</summary>
public sealed record VisitRecord(
    Guid VisitId,
    Guid ServiceCenterId,
    bool CenterVerified,
    VisitStatus Status,
    DateTime VisitDate,
    int? OdometerKm,
    DateTime CreatedAt,
    bool HasUnresolvedDispute = false
);
