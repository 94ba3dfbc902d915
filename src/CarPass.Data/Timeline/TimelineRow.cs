namespace CarPass.Data.Timeline;

/// <summary>
/// One line of the timeline as the database returns it (see <see cref="TimelinePageReader"/>). Every
/// source fills every column, so the sources can be one UNION ALL; codes and statuses are the
/// stored enum names, turned into snake_case when the row becomes a <see cref="TimelineEntry"/>.
/// </summary>
internal sealed class TimelineRow
{
    public int Type { get; init; }
    public Guid Id { get; init; }
    public DateTime At { get; init; }
    public string? Code { get; init; }
    public string? Status { get; init; }
    public int? OdometerKm { get; init; }
    public double? Litres { get; init; }
    public string? Note { get; init; }
    public Guid? ServiceCenterId { get; init; }
    public bool? Trusted { get; init; }
}
