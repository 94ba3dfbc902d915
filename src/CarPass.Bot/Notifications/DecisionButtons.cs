using CarPass.Bot.Flows;
using CarPass.Bot.Routing;
using CarPass.Data.Access;
using CarPass.Data.Notifications;
using CarPass.Domain.Notifications;
using CarPass.Domain.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Notifications;

/// <summary>
/// The answers a waiting request takes, as the bot's own decision buttons (the same payloads the
/// service flows send), so the owner decides right in the nudge.
/// </summary>
public static class DecisionButtons
{
    public static IEnumerable<InlineKeyboardButton[]> For(Language language, QueuedNudge nudge)
    {
        if (nudge.Payload.Covers.Select(CallbackData.ParseId).FirstOrDefault() is not { } request)
            return [];
        var id = CallbackData.Id(request);
        string Label(string key, params object[] args) => TextCatalog.Get(language, key, args);
        return nudge.Kind switch
        {
            NotificationKind.VisitAwaitingConfirmation =>
            [
                [
                    Keyboards.Button(Label("bot.visit.confirm"), CallbackData.ConfirmVisit, id),
                    Keyboards.Button(Label("bot.visit.dispute"), CallbackData.DisputeVisit, id),
                ],
            ],
            NotificationKind.DataChangePending =>
            [
                [
                    Keyboards.Button(Label("bot.change.approve"), CallbackData.DecideChange, id, "y"),
                    Keyboards.Button(Label("bot.change.reject"), CallbackData.DecideChange, id, "n"),
                ],
            ],
            NotificationKind.AccessRequestPending =>
            [
                [
                    .. AccessUseCases.GrantDays.Select(days =>
                        Keyboards.Button(
                            Label("bot.access.approve_days", days),
                            CallbackData.DecideAccess,
                            id,
                            $"{days}"
                        )
                    ),
                ],
                [Keyboards.Button(Label("bot.access.deny"), CallbackData.DecideAccess, id, "0")],
            ],
            _ => [],
        };
    }
}
