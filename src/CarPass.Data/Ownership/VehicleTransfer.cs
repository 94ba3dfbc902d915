namespace CarPass.Data.Ownership;

/// <summary>A transfer link and the name of the car it moves: what the seller and the buyer are shown.</summary>
public sealed record VehicleTransfer(OwnershipTransfer Transfer, string VehicleName);
