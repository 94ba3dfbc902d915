using CarPass.Domain.Ownership;

namespace CarPass.Data.Ownership;

/// <summary>A one-time link that hands a vehicle's passport to its buyer.</summary>
public sealed class OwnershipTransfer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public Guid FromUserId { get; set; }
    public string Code { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public Guid? AcceptedByUserId { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? CancelledAt { get; set; }

    public TransferOfferState StateAt(DateTime nowUtc) =>
        TransferOffer.StateAt(AcceptedAt, CancelledAt, ExpiresAt, nowUtc);
}
