namespace CarPass.Bot.Notifications;

public enum DeliveryOutcome
{
    Sent,
    Deferred,
    Skipped,
    Blocked,
    Retrying,
    Failed,
}
