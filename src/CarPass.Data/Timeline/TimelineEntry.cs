using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;

namespace CarPass.Data.Timeline;

/// <summary>
/// One event in a vehicle's history. <see cref="Code"/> and <see cref="Status"/> are snake_case codes
/// (service kind, achievement, scan kind, field; visit, scan or request status; a charging place) for
/// front ends to look their texts up. <see cref="Litres"/> is a fill's litres or a charging session's kWh. <see cref="Work"/> is a visit's work as service kinds.
/// </summary>
public sealed record TimelineEntry(
    TimelineEntryType Type,
    Guid Id,
    DateTime OccurredAt,
    string? Code = null,
    string? Status = null,
    int? OdometerKm = null,
    double? Litres = null,
    string? Note = null,
    Guid? ServiceCenterId = null,
    bool? Trusted = null,
    IReadOnlyList<ServiceKind>? Work = null
)
{
    /// <summary>Unique across types; orders entries that share a time.</summary>
    public string Key => $"{SnakeCase.Of(Type)}:{Id:N}";
}
