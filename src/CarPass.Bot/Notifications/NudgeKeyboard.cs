using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Notifications;
using CarPass.Domain.Notifications;
using CarPass.Domain.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Notifications;

/// <summary>
/// The buttons of a nudge, by its kind: the one that does what it asks (log the service, the
/// documents, the tyres, the next passport item, a request's decision), then the passport.
/// </summary>
public static class NudgeKeyboard
{
    public static InlineKeyboardMarkup For(Speaker owner, QueuedNudge nudge, NudgeFacts facts)
    {
        var language = owner.Language;
        var vehicle = CallbackData.Id(nudge.VehicleId);
        var passport = Keyboards.Button(
            TextCatalog.Get(
                language,
                NotificationKinds.IsConfirmationRequest(nudge.Kind) ? "notify.button.review" : "notify.button.passport"
            ),
            CallbackData.Passport,
            vehicle
        );
        return nudge.Kind switch
        {
            NotificationKind.MaintenanceDueSoon => new([
                [LogService(language, vehicle)],
                [passport],
            ]),
            NotificationKind.MaintenanceOverdue => new([
                [LogService(language, vehicle)],
                [
                    Keyboards.Button(
                        TextCatalog.Get(language, "notify.button.center_did_it"),
                        CallbackData.CenterDidIt,
                        vehicle
                    ),
                ],
                [passport],
            ]),
            NotificationKind.ProfileMilestone when facts.NextItem is { } code => new([
                [
                    Keyboards.Button(
                        TextCatalog.Get(language, $"missing.{code}.title"),
                        CallbackData.NextAction,
                        code,
                        vehicle
                    ),
                ],
                [passport],
            ]),
            NotificationKind.DocumentExpiring or NotificationKind.DocumentLapsed => new([
                [
                    Keyboards.Button(
                        TextCatalog.Get(language, "notify.button.documents"),
                        CallbackData.Documents,
                        vehicle
                    ),
                ],
                [passport],
            ]),
            NotificationKind.TyreSeason => new([
                [Keyboards.Button(TextCatalog.Get(language, "notify.button.tyres"), CallbackData.Tyres, vehicle)],
                [passport],
            ]),
            _ when NotificationKinds.IsConfirmationRequest(nudge.Kind) => new([
                .. DecisionButtons.For(language, nudge),
                [passport],
                .. MuteButton.Row(owner, nudge.Payload.ServiceCenterId),
            ]),
            _ => new(passport),
        };
    }

    private static InlineKeyboardButton LogService(Language language, string vehicle) =>
        Keyboards.Button(
            TextCatalog.Get(language, "notify.button.log_service"),
            CallbackData.StartFlow,
            FlowNames.Service,
            vehicle
        );
}
