namespace CarPass.Data.Claims;

/// <summary>The claimant's open claim; <paramref name="IsNew"/> is false when they had already sent it.</summary>
public sealed record OpenedClaim(VehicleClaim Claim, bool IsNew);
