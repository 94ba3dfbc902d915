namespace CarPass.Host.Api.Internal;

/// <summary>How many existing vehicles, centres and owners were recomputed, and the badges unlocked meanwhile.</summary>
public sealed record RecomputeResponse(int Vehicles, int ServiceCenters, int Users, int UnlocksAdded);
