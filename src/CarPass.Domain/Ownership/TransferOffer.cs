namespace CarPass.Domain.Ownership;

/// <summary>
/// The one rule for "this transfer link is still open": not used, not cancelled, and not yet at its
/// expiry (a link expiring this very moment is expired). A used link is used whatever happened after.
/// </summary>
public static class TransferOffer
{
    public static TransferOfferState StateAt(
        DateTime? acceptedAt,
        DateTime? cancelledAt,
        DateTime expiresAt,
        DateTime nowUtc
    ) =>
        acceptedAt is not null ? TransferOfferState.Used
        : cancelledAt is not null ? TransferOfferState.Cancelled
        : expiresAt <= nowUtc ? TransferOfferState.Expired
        : TransferOfferState.Open;
}
