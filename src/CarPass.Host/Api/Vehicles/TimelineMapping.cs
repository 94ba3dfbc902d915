using CarPass.Data.Timeline;
using CarPass.Domain.Common;

namespace CarPass.Host.Api.Vehicles;

/// <summary>Turns timeline entries into ready-to-show lines in the user's language.</summary>
internal static class TimelineMapping
{
    private const string Prefix = "miniapp.timeline";

    public static TimelineResponse ToResponse(TimelinePage page, Texts texts, Guid viewerId, Guid vehicleId) =>
        new(page.Entries.Select(e => Item(e, page.Centers, texts)).ToList(), page.Next?.Encode(viewerId, vehicleId));

    /// <summary>A centre's work counts as trusted only when confirmed and the centre is verified, as in scoring.</summary>
    private static TimelineItemResponse Item(
        TimelineEntry e,
        IReadOnlyDictionary<Guid, CenterBadge> centers,
        Texts texts
    )
    {
        var lines = (e.Note ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (title, note) = e.Type switch
        {
            TimelineEntryType.Fuel => (texts.Get($"{Prefix}.fuel.{e.Status}"), null),
            TimelineEntryType.Charging => (texts.Get($"{Prefix}.charging.{e.Status}"), null),
            TimelineEntryType.Service => (texts.Get($"service_kind.{e.Code}"), e.Note),
            TimelineEntryType.Visit when Work(e, texts) is { } work => (
                work,
                lines.Length > 0 ? string.Join(", ", lines) : null
            ),
            TimelineEntryType.Visit => (
                lines.FirstOrDefault() ?? texts.Get($"{Prefix}.visit.title"),
                lines.Length > 1 ? string.Join(", ", lines[1..]) : null
            ),
            TimelineEntryType.VisitConfirmed => (
                texts.Get($"{Prefix}.visit_confirmed.title"),
                Work(e, texts) ?? lines.FirstOrDefault()
            ),
            TimelineEntryType.Dispute => (texts.Get($"{Prefix}.dispute.title"), null),
            TimelineEntryType.DisputeResolved => (texts.Get($"{Prefix}.dispute_resolved.{e.Status}"), e.Note),
            TimelineEntryType.Ocr => (texts.Get($"{Prefix}.ocr.{e.Code}"), null),
            TimelineEntryType.DataChange => (
                texts.Get($"{Prefix}.data_change.title", texts.Get($"miniapp.vehicle_field.{e.Code}")),
                null
            ),
            TimelineEntryType.Achievement => (texts.Get($"achievement.{e.Code}.title"), null),
            TimelineEntryType.Ownership => (texts.Get($"{Prefix}.ownership.title"), null),
            _ => (texts.Get($"{Prefix}.odometer.title"), null),
        };
        var center = e.ServiceCenterId is { } id && centers.TryGetValue(id, out var found) ? Badge(found, texts) : null;
        return new TimelineItemResponse(
            e.Key,
            e.Type,
            e.OccurredAt,
            texts.Get($"{Prefix}.label.{SnakeCase.Of(e.Type)}"),
            title,
            e.Status,
            StatusText(e, texts),
            center is null ? e.Trusted : e.Trusted == true && center.Verified,
            e.OdometerKm,
            e.Type == TimelineEntryType.Charging ? null : e.Litres,
            e.Type == TimelineEntryType.Charging ? e.Litres : null,
            note,
            center
        );
    }

    /// <summary>A visit's work kinds in the user's language, or null when the centre named none.</summary>
    private static string? Work(TimelineEntry e, Texts texts) =>
        e.Work is { Count: > 0 } kinds
            ? string.Join(", ", kinds.Select(k => texts.Get($"service_kind.{SnakeCase.Of(k)}")))
            : null;

    private static string? StatusText(TimelineEntry e, Texts texts) =>
        e.Status is null
            ? null
            : e.Type switch
            {
                TimelineEntryType.Visit => texts.Get($"visit_status.{e.Status}"),
                TimelineEntryType.Service => texts.Get($"history_status.{e.Status}"),
                TimelineEntryType.Dispute or TimelineEntryType.DisputeResolved => texts.Get(
                    $"miniapp.dispute_status.{e.Status}"
                ),
                TimelineEntryType.Ocr => texts.Get($"miniapp.ocr_status.{e.Status}"),
                TimelineEntryType.DataChange => texts.Get($"miniapp.request_status.{e.Status}"),
                TimelineEntryType.Odometer => texts.Get($"miniapp.odometer_status.{e.Status}"),
                _ => null,
            };

    private static ServiceCenterBadgeResponse Badge(CenterBadge center, Texts texts) =>
        new(center.ServiceCenterId, center.Name, center.Verified, center.Level, texts.Of("trust_level", center.Level));
}
