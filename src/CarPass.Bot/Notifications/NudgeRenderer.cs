using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Data.Notifications;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Notifications;

/// <summary>
/// Says what happened and what to do, in the owner's language, with the button that does it: log
/// the service, confirm or dispute, approve or deny, fill the next passport item, open the passport
/// (<see cref="NudgeKeyboard"/>).
/// </summary>
public static class NudgeRenderer
{
    public static RenderedNudge Render(ClaimedNudge claimed)
    {
        var owner = new Speaker(Languages.FromCode(claimed.Language), claimed.Owner.TimeZone);
        var language = owner.Language;
        var nudge = claimed.Nudge;
        var facts = nudge.Payload.Facts;
        var key = $"notify.{SnakeCase.Of(nudge.Kind)}";
        HtmlText T(string textKey, params object[] args) => owner.T(textKey, args);
        object[] args =
        [
            claimed.VehicleName,
            facts.CenterName ?? owner.Raw("notify.someone"),
            Detail(owner, nudge.Kind, facts),
        ];
        var lines = new List<HtmlText> { Html.Bold(T($"{key}.title", claimed.VehicleName, facts.Score ?? 0)) };
        lines.AddRange(facts.Due.Select(d => DueLine(owner, d)));
        if (KnowledgeLine(owner, nudge.Kind, facts) is { } knowledge)
            lines.Add(knowledge);
        if (MileageLine(owner, facts) is { } mileage)
            lines.Add(mileage);
        lines.Add(HtmlText.Empty);
        lines.Add(
            nudge.Kind == NotificationKind.ProfileMilestone && facts.NextItem is null
                ? T("notify.profile_milestone.complete")
                : T($"{key}.action", args)
        );
        if (!NotificationKinds.IsConfirmationRequest(nudge.Kind))
            lines.Add(T("notify.settings_hint"));
        return new RenderedNudge(TelegramLimits.FitText(Html.Lines(lines)), NudgeKeyboard.For(owner, nudge, facts));
    }

    /// <summary>The third argument of the action text: the visit's day, the field, or the next item (a date is a DateTime).</summary>
    private static object Detail(Speaker owner, NotificationKind kind, NudgeFacts facts) =>
        kind switch
        {
            NotificationKind.VisitAwaitingConfirmation when facts.Since is { } since => since,
            NotificationKind.DataChangePending => owner.Raw($"notify.field.{facts.Field}"),
            NotificationKind.ProfileMilestone when facts.NextItem is { } code => owner.Raw($"missing.{code}.action"),
            _ => "",
        };

    private static HtmlText DueLine(Speaker owner, DueItem due)
    {
        var name = owner.Raw($"service_kind.{SnakeCase.Of(due.Kind)}");
        return (due.DueDate, due.DueKm) switch
        {
            ({ } date, { } km) => owner.T("notify.due.date_or_km", name, date, km),
            ({ } date, null) => owner.T("notify.due.date", name, date),
            (null, { } km) => owner.T("notify.due.km", name, km),
            _ => Html.Of($"• {name}"),
        };
    }

    /// <summary>The document and its expiry, or the season whose tyres are due.</summary>
    private static HtmlText? KnowledgeLine(Speaker owner, NotificationKind kind, NudgeFacts facts) =>
        (kind, facts.DocumentKind, facts.ExpiresOn, facts.TyreSeason) switch
        {
            (NotificationKind.DocumentExpiring, { } document, { } expires, _) => owner.T(
                "notify.document.line",
                owner.Raw($"document_kind.{SnakeCase.Of(document)}"),
                new CalendarDay(expires),
                facts.DaysLeft ?? 0
            ),
            (NotificationKind.DocumentLapsed, { } document, { } expires, _) => owner.T(
                "notify.document.line_lapsed",
                owner.Raw($"document_kind.{SnakeCase.Of(document)}"),
                new CalendarDay(expires)
            ),
            (NotificationKind.TyreSeason, _, _, { } season) => owner.T(
                "notify.tyre_season.line",
                owner.Raw($"tyre_season.{SnakeCase.Of(season)}")
            ),
            _ => null,
        };

    private static HtmlText? MileageLine(Speaker owner, NudgeFacts facts) =>
        (facts.CurrentKm, facts.EstimatedKm) switch
        {
            ({ } current, { } estimated) => owner.T("notify.mileage_estimated", estimated, current),
            ({ } current, null) => owner.T("notify.mileage", current),
            _ => null,
        };
}
