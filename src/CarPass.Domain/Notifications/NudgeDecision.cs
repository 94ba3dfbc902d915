namespace CarPass.Domain.Notifications;

/// <summary>What the policy made of a candidate: write it under a period key, to be sent from <see cref="NotBefore"/>, or hold it and why.</summary>
public sealed record NudgeDecision(
    NudgeCandidate Candidate,
    NudgeVerdict Verdict,
    string? PeriodKey = null,
    DateTime? NotBefore = null
)
{
    public bool Writes => Verdict == NudgeVerdict.Write;
}
