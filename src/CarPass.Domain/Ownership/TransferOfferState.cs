namespace CarPass.Domain.Ownership;

/// <summary>Where a transfer link stands at a moment; only an open one can be accepted or cancelled.</summary>
public enum TransferOfferState
{
    Open,
    Used,
    Cancelled,
    Expired,
}
