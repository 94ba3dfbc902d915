namespace CarPass.Data.Claims;

/// <summary>
/// An operator's decision: who held the passport before it (to be told when the claim was upheld)
/// and which of the claimant's passports now carries the VIN, if one could.
/// </summary>
public sealed record ClaimDecision(VehicleClaim Claim, Guid? FormerOwnerUserId, Guid? VinNowInVehicleId);
