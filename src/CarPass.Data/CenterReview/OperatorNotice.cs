namespace CarPass.Data.CenterReview;

/// <summary>
/// One operator's notices about centres to review: when the last one was claimed (at most one per
/// period), and the newest centre it named (registration time, then id), so each is named once.
/// </summary>
public sealed class OperatorNotice
{
    public Guid UserId { get; set; }
    public DateTime? LastSentAt { get; set; }
    public DateTime? CoveredThroughAt { get; set; }
    public Guid? CoveredThroughCenterId { get; set; }

    /// <summary>Changes with every claim, so of two senders racing for the same period only one wins.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
