namespace CarPass.Domain.Notifications;

public enum SendVerdict
{
    Send,
    Defer,
    Skip,
}
