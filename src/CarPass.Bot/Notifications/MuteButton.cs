using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Flows.Settings;
using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Notifications;

/// <summary>The "mute this centre" row every message about a centre's request carries.</summary>
public static class MuteButton
{
    public static IEnumerable<InlineKeyboardButton[]> Row(Speaker s, Guid? centerId) =>
        centerId is { } id
            ?
            [
                [
                    Keyboards.Button(
                        s.Raw("bot.mute.button"),
                        CallbackData.Settings,
                        SettingsHandler.Mute,
                        CallbackData.Id(id)
                    ),
                ],
            ]
            : [];
}
