namespace CarPass.Data.Access;

public enum RequestStatus
{
    Pending,
    Approved,
    Rejected,
    Cancelled,
    Expired,
}
