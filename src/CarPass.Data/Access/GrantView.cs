namespace CarPass.Data.Access;

/// <summary>A live grant on one of the owner's vehicles, as the owner sees it: who holds it, and until when.</summary>
public sealed record GrantView(Guid Id, string VehicleName, string? CenterName, DateTime? ExpiresAt);
