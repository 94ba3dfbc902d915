using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>/center without one centre to show: which of the person's centres, or how to register one.</summary>
public static class CenterPickScreen
{
    public static (HtmlText Html, InlineKeyboardMarkup Keyboard) Render(BotContext ctx, List<ServiceCenter> mine) =>
        mine.Count > 1
            ? (
                ctx.T("bot.center.pick"),
                new InlineKeyboardMarkup(
                    mine.Select(c => new[] { Keyboards.Button(c.Name, CallbackData.Center, CallbackData.Id(c.Id)) })
                )
            )
            : (
                ctx.T("bot.center.none"),
                new InlineKeyboardMarkup(
                    Keyboards.Button(ctx.Raw("bot.center.register"), CallbackData.StartFlow, FlowNames.RegisterCenter)
                )
            );
}
