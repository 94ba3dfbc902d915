namespace CarPass.Data.Timeline;

/// <summary>A page of the timeline, newest first, with the badge of every centre it mentions.</summary>
public sealed record TimelinePage(
    IReadOnlyList<TimelineEntry> Entries,
    TimelineCursor? Next,
    IReadOnlyDictionary<Guid, CenterBadge> Centers
);
