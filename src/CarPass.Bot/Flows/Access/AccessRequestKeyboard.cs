using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Notifications;
using CarPass.Bot.Routing;
using CarPass.Data.Access;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Access;

/// <summary>The owner's answers to a centre's access request: 1, 7 or 30 days, deny, and mute the centre.</summary>
public static class AccessRequestKeyboard
{
    public static InlineKeyboardMarkup For(Speaker s, Guid requestId, Guid centerId)
    {
        var id = CallbackData.Id(requestId);
        return new([
            AccessUseCases
                .GrantDays.Select(days =>
                    Keyboards.Button(
                        s.Raw("bot.access.approve_days", days),
                        CallbackData.DecideAccess,
                        id,
                        days.ToString()
                    )
                )
                .ToArray(),
            [Keyboards.Button(s.Raw("bot.access.deny"), CallbackData.DecideAccess, id, "0")],
            .. MuteButton.Row(s, centerId),
        ]);
    }
}
