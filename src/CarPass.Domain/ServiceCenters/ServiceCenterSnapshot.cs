namespace CarPass.Domain.ServiceCenters;

/// <summary>Counts over a centre's history that the trust rules need.</summary>
public sealed record ServiceCenterSnapshot(
    Guid ServiceCenterId,
    VerificationStatus Verification,
    int ConfirmedVisits,
    int RejectedVisits,
    int DisputedVisits,
    int CancelledVisits,
    int PendingVisits,
    int UnresolvedDisputes,
    int ActiveEmployees,
    int DisabledEmployeesHoldingGrants,
    int SuspiciousLookups
);
