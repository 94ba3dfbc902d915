namespace CarPass.Data.Claims;

/// <summary>What an operator needs to judge a claim: both sides, and the passport it is about.</summary>
public sealed record ClaimForReview(
    Guid Id,
    ClaimKind Kind,
    string? Vin,
    string VehicleName,
    string? Make,
    string? Model,
    int? Year,
    ClaimParty? Owner,
    ClaimParty Claimant,
    DateTime CreatedAt
);
