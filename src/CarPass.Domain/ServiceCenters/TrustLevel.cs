namespace CarPass.Domain.ServiceCenters;

public enum TrustLevel
{
    New,
    Verified,
    Reliable,
    HighConfidence,
}
