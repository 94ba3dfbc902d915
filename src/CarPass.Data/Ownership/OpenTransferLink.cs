namespace CarPass.Data.Ownership;

/// <summary>A link the seller can still send or cancel.</summary>
public sealed record OpenTransferLink(Guid Id, Guid VehicleId, string VehicleName, string Code, DateTime ExpiresAt);
