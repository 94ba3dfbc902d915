namespace CarPass.Domain.Notifications;

/// <summary>
/// A nudge already in the outbox for the vehicle. <see cref="At"/> is when it was (or will be)
/// sent; <see cref="Delivered"/> is false for nudges that were skipped or failed, which cover their
/// items but do not use up the weekly slot.
/// </summary>
public sealed record PastNudge(NotificationKind Kind, IReadOnlyList<string> Items, DateTime At, bool Delivered = true);
