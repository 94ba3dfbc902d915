using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Visits;

/// <summary>The operator's resolution of a dispute: for the owner or for the centre.</summary>
public static class DisputeResolveKeyboard
{
    public static InlineKeyboardMarkup For(Speaker s, string disputeId) =>
        new([
            [
                Keyboards.Button(s.Raw("bot.dispute.for_owner"), CallbackData.ResolveDispute, disputeId, "o"),
                Keyboards.Button(s.Raw("bot.dispute.for_center"), CallbackData.ResolveDispute, disputeId, "c"),
            ],
        ]);
}
