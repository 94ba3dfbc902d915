namespace CarPass.Data.Bot;

/// <summary>Which instance is applying one chat's updates now, so a chat stays in order across instances.</summary>
public sealed class ChatLease
{
    public long ChatId { get; set; }
    public string Owner { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
