namespace CarPass.Data.Claims;

public enum ClaimStatus
{
    Open,
    Upheld,
    Rejected,
}
