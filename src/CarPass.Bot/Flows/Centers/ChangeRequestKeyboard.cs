using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Notifications;
using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The owner's answers to a proposed change: Approve, Reject, and mute the centre that proposed it.</summary>
public static class ChangeRequestKeyboard
{
    public static InlineKeyboardMarkup For(Speaker s, Guid requestId, Guid? centerId)
    {
        var id = CallbackData.Id(requestId);
        return new([
            [
                Keyboards.Button(s.Raw("bot.change.approve"), CallbackData.DecideChange, id, "y"),
                Keyboards.Button(s.Raw("bot.change.reject"), CallbackData.DecideChange, id, "n"),
            ],
            .. MuteButton.Row(s, centerId),
        ]);
    }
}
