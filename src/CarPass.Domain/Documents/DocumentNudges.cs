using CarPass.Domain.Notifications;

namespace CarPass.Domain.Documents;

/// <summary>
/// What a vehicle's documents give the sweep: a reminder 30 and 7 days before the latest document of
/// each kind expires, and a notice once it has lapsed. Each item names the document and its expiry
/// day, so each threshold is told once per expiry; a renewal (a later document of the kind) ends them.
/// </summary>
public static class DocumentNudges
{
    public const int FirstReminderDays = 30;
    public const int SecondReminderDays = 7;

    /// <summary>A document that lapsed longer ago than this is old news, not a notice.</summary>
    public const int LapsedNewsDays = 30;

    /// <param name="today">The owner's calendar day, in their time zone.</param>
    public static IEnumerable<NudgeCandidate> For(
        Guid vehicleId,
        IReadOnlyList<DocumentRecord> documents,
        DateTime today
    )
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            if (DocumentValidity.Latest(documents, kind) is not { } latest)
                continue;
            var left = DocumentValidity.DaysLeft(latest, today);
            var facts = new NudgeFacts
            {
                DocumentKind = kind,
                ExpiresOn = latest.ExpiresOn,
                DaysLeft = Math.Max(left, 0),
            };
            if (left < 0 && -left <= LapsedNewsDays)
                yield return new NudgeCandidate(
                    vehicleId,
                    NotificationKind.DocumentLapsed,
                    [Item("lapsed", latest)],
                    facts
                );
            else if (left is >= 0 and <= SecondReminderDays)
                yield return Expiring(vehicleId, facts, Item("d30", latest), Item("d7", latest));
            else if (left is > SecondReminderDays and <= FirstReminderDays)
                yield return Expiring(vehicleId, facts, Item("d30", latest));
        }
    }

    /// <summary>Every item a document's nudges can cover while it is the latest of its kind.</summary>
    public static IEnumerable<string> ItemsOf(DocumentRecord document) =>
        new[] { "d30", "d7", "lapsed" }.Select(stage => Item(stage, document));

    private static NudgeCandidate Expiring(Guid vehicleId, NudgeFacts facts, params string[] items) =>
        new(vehicleId, NotificationKind.DocumentExpiring, items, facts);

    private static string Item(string stage, DocumentRecord document) =>
        $"doc:{stage}:{document.Id:N}:{document.ExpiresOn:yyyyMMdd}";
}
