using CarPass.Domain.ServiceCenters;

namespace CarPass.Data.Timeline;

/// <summary>A service centre as an owner sees it: name, verification and its trust, as stored by the write path.</summary>
public sealed record CenterTrust(Guid ServiceCenterId, string Name, string City, bool Verified, TrustResult Trust);
