namespace CarPass.Domain.ServiceCenters;

public enum VerificationStatus
{
    Unverified,
    Verified,
    Rejected,
}
