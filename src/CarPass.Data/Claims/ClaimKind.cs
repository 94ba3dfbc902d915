namespace CarPass.Data.Claims;

public enum ClaimKind
{
    /// <summary>A person typed a VIN another passport holds and asked for a review.</summary>
    Vin,

    /// <summary>A later passport with the same VIN, found when the unique VIN rule was introduced; its VIN was set aside here.</summary>
    DuplicateVin,

    /// <summary>A second live owner, found when the one-owner rule was introduced; their ownership was set aside here.</summary>
    DuplicateOwner,
}
