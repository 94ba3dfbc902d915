namespace CarPass.Data.Users;

/// <summary>
/// An owner muted one centre's requests (visits, changes, access): none is pushed to them, each still
/// waits for their answer (see docs/NOTIFICATIONS.md, "Requests"). Written by <see cref="CenterMuteUseCases"/>.
/// </summary>
public sealed class ServiceCenterMute
{
    public Guid UserId { get; set; }
    public Guid ServiceCenterId { get; set; }
    public DateTime CreatedAt { get; set; }
}
