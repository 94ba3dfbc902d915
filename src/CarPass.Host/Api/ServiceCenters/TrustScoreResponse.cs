using CarPass.Domain.ServiceCenters;

namespace CarPass.Host.Api.ServiceCenters;

/// <summary>
/// GET /api/service-centers/{service_center_id}/trust-score. Owners get level words only; the
/// numbers (<see cref="Details"/>) go to the centre's own staff, never to the public; what would
/// raise the level (<see cref="Hints"/>, with <see cref="HintsNoneText"/> when nothing would) to its
/// managers, as the bot's /center shows them.
/// </summary>
public sealed record TrustScoreResponse(
    Guid ServiceCenterId,
    string Name,
    string City,
    bool Verified,
    TrustLevel TrustLevel,
    string TrustLevelText,
    string TrustLevelDescription,
    TrustDetailsResponse? Details,
    IReadOnlyList<TrustHintResponse>? Hints,
    string? HintsNoneText
);
