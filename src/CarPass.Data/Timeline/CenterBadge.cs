using CarPass.Domain.ServiceCenters;

namespace CarPass.Data.Timeline;

/// <summary>A centre as a timeline line shows it: its name, whether it is verified, and its stored trust level.</summary>
public sealed record CenterBadge(Guid ServiceCenterId, string Name, bool Verified, TrustLevel Level);
