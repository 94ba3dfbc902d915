namespace CarPass.Domain.Notifications;

/// <summary>
/// What a message needs to say, captured when the nudge is planned and rendered at send time in
/// the owner's language. Only the fields of the nudge's kind are set.
/// </summary>
public sealed record NudgeFacts
{
    public IReadOnlyList<DueItem> Due { get; init; } = [];

    /// <summary>The highest trusted odometer reading.</summary>
    public int? CurrentKm { get; init; }

    /// <summary>Today's mileage estimated from recent driving, when it differs from <see cref="CurrentKm"/>.</summary>
    public int? EstimatedKm { get; init; }
    public string? CenterName { get; init; }
    public DateTime? Since { get; init; }

    /// <summary>The field a data-change request would change (snake_case).</summary>
    public string? Field { get; init; }
    public int? Milestone { get; init; }
    public int? Score { get; init; }

    /// <summary>The "what to improve" item a milestone message offers next.</summary>
    public string? NextItem { get; init; }

    public Documents.DocumentKind? DocumentKind { get; init; }

    /// <summary>The document's last valid day.</summary>
    public DateTime? ExpiresOn { get; init; }
    public int? DaysLeft { get; init; }

    /// <summary>The season whose tyres are due.</summary>
    public Tyres.TyreSeason? TyreSeason { get; init; }
}
