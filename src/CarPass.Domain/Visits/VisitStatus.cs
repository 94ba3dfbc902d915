namespace CarPass.Domain.Visits;

public enum VisitStatus
{
    PendingConfirmation,
    Confirmed,
    Rejected,
    Disputed,
    Cancelled,
    Hidden,
}
