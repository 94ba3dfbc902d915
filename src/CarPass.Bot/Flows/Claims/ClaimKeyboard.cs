using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Claims;

/// <summary>The operator's decision on a claim: Uphold or Reject.</summary>
public static class ClaimKeyboard
{
    public static InlineKeyboardMarkup For(Speaker s, Guid claimId) =>
        new([
            [
                Keyboards.Button(s.Raw("bot.claim.uphold"), CallbackData.DecideClaim, CallbackData.Id(claimId), "u"),
                Keyboards.Button(s.Raw("bot.claim.reject"), CallbackData.DecideClaim, CallbackData.Id(claimId), "r"),
            ],
        ]);
}
