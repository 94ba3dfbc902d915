namespace CarPass.Domain.Notifications;

public enum NudgeVerdict
{
    Write,
    AlreadyCovered,
    Cooldown,
    RepeatLimit,
    PreferenceOff,
    CenterMuted,
    BlockedBot,
    TooEarly,
}
