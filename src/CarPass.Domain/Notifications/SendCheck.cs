namespace CarPass.Domain.Notifications;

/// <summary>The last look before a queued nudge goes out: send it, wait until <see cref="Until"/>, or drop it for <see cref="Reason"/>.</summary>
public sealed record SendCheck(SendVerdict Verdict, DateTime? Until = null, string? Reason = null)
{
    public static readonly SendCheck Send = new(SendVerdict.Send);

    public static SendCheck Defer(DateTime until) => new(SendVerdict.Defer, until);

    public static SendCheck Skip(string reason) => new(SendVerdict.Skip, Reason: reason);
}
