namespace CarPass.Domain.Notifications;

/// <summary>
/// Spec section 10 as code: which candidates become outbox rows, under which period key and from
/// when, and whether a queued row may go out now. Pure: the history and the clock are passed in.
/// </summary>
public static class NotificationPolicy
{
    /// <summary>Decides every candidate of one vehicle, most important first, against what was already queued.</summary>
    public static IReadOnlyList<NudgeDecision> Plan(
        IEnumerable<NudgeCandidate> candidates,
        IEnumerable<PastNudge> history,
        OwnerSettings owner,
        DateTime nowUtc,
        NudgeRules rules
    )
    {
        var past = history.ToList();
        var decisions = new List<NudgeDecision>();
        foreach (var candidate in candidates.OrderBy(c => NotificationKinds.Priority(c.Kind)))
        {
            var decision = Decide(candidate, past, owner, nowUtc, rules);
            decisions.Add(decision);
            if (decision.Writes)
                past.Add(new PastNudge(candidate.Kind, candidate.Items, decision.NotBefore!.Value));
        }
        return decisions;
    }

    /// <summary>
    /// The first notice of a request, queued by the write that creates it: due now, or when the
    /// owner's quiet hours end. Switches and mutes are looked at when it is sent, so the row stays
    /// the record that the owner was to be told.
    /// </summary>
    public static NudgeDecision FirstNotice(NudgeCandidate candidate, OwnerSettings owner, DateTime nowUtc) =>
        Write(candidate, PeriodKeys.For(candidate.Items, 0), owner, nowUtc);

    /// <summary>The look at a queued row just before sending: the owner's current settings win.</summary>
    public static SendCheck AtSend(
        NotificationKind kind,
        Guid? serviceCenterId,
        OwnerSettings owner,
        bool stillRelevant,
        DateTime nowUtc
    )
    {
        if (owner.BlockedBot)
            return SendCheck.Skip("blocked_bot");
        if (!stillRelevant)
            return SendCheck.Skip("resolved");
        if (!owner.Wants(kind))
            return SendCheck.Skip("preference_off");
        if (owner.Muted(serviceCenterId))
            return SendCheck.Skip("center_muted");
        var allowed = QuietHours.NextAllowedUtc(nowUtc, owner.TimeZone, owner.QuietHoursStart, owner.QuietHoursEnd);
        return allowed > nowUtc ? SendCheck.Defer(allowed) : SendCheck.Send;
    }

    private static NudgeDecision Decide(
        NudgeCandidate c,
        IReadOnlyList<PastNudge> past,
        OwnerSettings owner,
        DateTime now,
        NudgeRules rules
    )
    {
        if (Screen(c, owner, now, rules) is { } held)
            return new NudgeDecision(c, held);
        var sameKind = past.Where(p => p.Kind == c.Kind).ToList();
        var covered = sameKind.SelectMany(p => p.Items).ToHashSet(StringComparer.Ordinal);
        var fresh = c.Items.Where(i => !covered.Contains(i)).ToList();
        if (NotificationKinds.IsConfirmationRequest(c.Kind))
            return DecideRequest(c, sameKind, owner, now, rules);
        var critical = NotificationKinds.IsCritical(c.Kind);
        if (fresh.Count > 0)
        {
            if (!critical && LastNonCritical(past) is { } last && now - last < rules.NonCriticalCooldown)
                return new NudgeDecision(c, NudgeVerdict.Cooldown);
            return Write(c, PeriodKeys.For(fresh, 0), owner, now);
        }
        if (!critical)
            return new NudgeDecision(c, NudgeVerdict.AlreadyCovered);
        var related = sameKind.Where(p => p.Items.Any(c.Items.Contains)).ToList();
        if (related.Count >= rules.CriticalMaxSends)
            return new NudgeDecision(c, NudgeVerdict.RepeatLimit);
        if (now - related.Max(p => p.At) < rules.CriticalCooldown)
            return new NudgeDecision(c, NudgeVerdict.Cooldown);
        return Write(c, PeriodKeys.For(c.Items, related.Count), owner, now);
    }

    /// <summary>
    /// A request is told once (normally by the write that created it) and reminded at most
    /// <see cref="NudgeRules.RequestReminders"/> times, each a grace period after the last notice.
    /// </summary>
    private static NudgeDecision DecideRequest(
        NudgeCandidate c,
        IReadOnlyList<PastNudge> sameKind,
        OwnerSettings owner,
        DateTime now,
        NudgeRules rules
    )
    {
        var related = sameKind.Where(p => p.Items.Any(c.Items.Contains)).ToList();
        if (related.Count == 0)
            return Write(c, PeriodKeys.For(c.Items, 0), owner, now);
        if (related.Count > rules.RequestReminders)
            return new NudgeDecision(c, NudgeVerdict.RepeatLimit);
        if (now - related.Max(p => p.At) < rules.PendingGrace)
            return new NudgeDecision(c, NudgeVerdict.Cooldown);
        return Write(c, PeriodKeys.For(c.Items, related.Count), owner, now);
    }

    private static NudgeVerdict? Screen(NudgeCandidate c, OwnerSettings owner, DateTime now, NudgeRules rules)
    {
        if (owner.BlockedBot)
            return NudgeVerdict.BlockedBot;
        if (!owner.Wants(c.Kind))
            return NudgeVerdict.PreferenceOff;
        if (owner.Muted(c.ServiceCenterId))
            return NudgeVerdict.CenterMuted;
        if (c.WaitingSince is { } since && now - since < rules.PendingGrace)
            return NudgeVerdict.TooEarly;
        return null;
    }

    private static DateTime? LastNonCritical(IEnumerable<PastNudge> past) =>
        past.Where(p => p.Delivered && NotificationKinds.CountsAgainstWeeklySlot(p.Kind))
            .Select(p => (DateTime?)p.At)
            .Max();

    /// <summary>Nothing is sent in the owner's quiet hours: a row planned then waits for their end.</summary>
    private static NudgeDecision Write(NudgeCandidate c, string periodKey, OwnerSettings owner, DateTime now) =>
        new(
            c,
            NudgeVerdict.Write,
            periodKey,
            QuietHours.NextAllowedUtc(now, owner.TimeZone, owner.QuietHoursStart, owner.QuietHoursEnd)
        );
}
