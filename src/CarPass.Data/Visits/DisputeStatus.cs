namespace CarPass.Data.Visits;

public enum DisputeStatus
{
    Open,
    ResolvedForOwner,
    ResolvedForCenter,
    Withdrawn,
}
