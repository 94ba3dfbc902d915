namespace CarPass.Domain.Ownership;

/// <summary>Who owns which car: VIN uniqueness, ownership claims and transfer links; texts under "error.{code}".</summary>
public static class OwnershipErrorCodes
{
    /// <summary>The VIN is in another owner's active passport (the answer offers a claim).</summary>
    public const string VinTaken = "vin_taken";

    /// <summary>The VIN is already in another passport of the same person (its name is the argument).</summary>
    public const string VinInYourGarage = "vin_in_your_garage";

    /// <summary>A centre proposed a VIN that another passport holds.</summary>
    public const string VinTakenElsewhere = "vin_taken_elsewhere";

    public const string ClaimNothingToClaim = "claim_nothing_to_claim";
    public const string ClaimLimit = "claim_limit";
    public const string ClaimNotFound = "claim_not_found";
    public const string ClaimAlreadyDecided = "claim_already_decided";

    public const string TransferUsed = "transfer_used";
    public const string TransferAlreadyDone = "transfer_already_done";
    public const string TransferCancelled = "transfer_cancelled";

    /// <summary>The link's lifetime is over; the argument is when it ended.</summary>
    public const string TransferExpired = "transfer_expired";
    public const string TransferNotOpen = "transfer_not_open";

    public static IReadOnlyList<string> All { get; } =
    [
        VinTaken,
        VinInYourGarage,
        VinTakenElsewhere,
        ClaimNothingToClaim,
        ClaimLimit,
        ClaimNotFound,
        ClaimAlreadyDecided,
        TransferUsed,
        TransferAlreadyDone,
        TransferCancelled,
        TransferExpired,
        TransferNotOpen,
    ];
}
