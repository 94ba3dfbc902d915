using CarPass.Data.Timeline;

namespace CarPass.Host.Api.Vehicles;

/// <summary>
/// One timeline line. <see cref="Label"/> and <see cref="Title"/> are ready to show; a visit's title is
/// the centre's own first work line (user data: render it as text).
/// </summary>
public sealed record TimelineItemResponse(
    string Id,
    TimelineEntryType Type,
    DateTime OccurredAt,
    string Label,
    string Title,
    string? Status,
    string? StatusText,
    bool? Trusted,
    int? OdometerKm,
    double? Litres,
    double? Kwh,
    string? Note,
    ServiceCenterBadgeResponse? ServiceCenter
);
