namespace CarPass.Host.Api.Vehicles;

/// <summary>GET /api/my/vehicles/{vehicle_id}/timeline: a page, newest first; pass next_cursor back for more.</summary>
public sealed record TimelineResponse(IReadOnlyList<TimelineItemResponse> Items, string? NextCursor);
