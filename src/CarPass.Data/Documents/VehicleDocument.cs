using CarPass.Domain.Documents;

namespace CarPass.Data.Documents;

/// <summary>An insurance policy, an inspection certificate or another dated document of a vehicle.</summary>
public sealed class VehicleDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public DocumentKind Kind { get; set; }

    /// <summary>Stored as typed; shown only masked (<see cref="DocumentNumber.Mask"/>).</summary>
    public string Number { get; set; } = "";

    /// <summary>Calendar days, stored as their 00:00 UTC.</summary>
    public DateTime? IssuedOn { get; set; }
    public DateTime ExpiresOn { get; set; }

    /// <summary>Telegram's file id of the owner's photo: only the owner's own chat is ever sent it.</summary>
    public string? PhotoFileId { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
}
