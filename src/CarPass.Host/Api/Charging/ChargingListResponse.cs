namespace CarPass.Host.Api.Charging;

/// <summary>The newest charging sessions first, at most <see cref="Data.Charging.ChargingReader.MaxListed"/>.</summary>
public sealed record ChargingListResponse(IReadOnlyList<ChargingSessionResponse> Sessions);
