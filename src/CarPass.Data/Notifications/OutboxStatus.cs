namespace CarPass.Data.Notifications;

public enum OutboxStatus
{
    Pending,
    Claimed,
    Sent,
    Skipped,
    Failed,
}
