namespace CarPass.Data.Leases;

/// <summary>
/// Work only one instance may do at a time, held by name (for example the job server of in-memory
/// job storage). Chats have their own leases (<see cref="Bot.ChatLease"/>).
/// </summary>
public sealed class NamedLease
{
    public string Name { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
