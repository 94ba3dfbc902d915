using CarPass.Bot.Routing;
using CarPass.Data.Tyres;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Tyres;

/// <summary>Under a car's tyre sets: "Add a set", "Fit" for each set not on the car, the first frost, and the passport.</summary>
public static class TyresKeyboard
{
    public static InlineKeyboardMarkup For(BotContext ctx, Guid vehicleId, OwnedTyres owned)
    {
        var id = CallbackData.Id(vehicleId);
        var rows = new List<InlineKeyboardButton[]>
        {
            new[] { Keyboards.Button(ctx.Raw("bot.tyres.add"), CallbackData.StartFlow, FlowNames.Tyres, id) },
        };
        rows.AddRange(
            owned
                .Sets.Where(s => !s.IsFitted)
                .Select(s =>
                    new[]
                    {
                        Keyboards.Button(
                            ctx.Raw("bot.tyres.fit", TyreText.Name(ctx, s.Season, s.Size, s.Studded)),
                            CallbackData.FitTyres,
                            CallbackData.Id(s.Id)
                        ),
                    }
                )
        );
        rows.Add([Keyboards.Button(ctx.Raw("bot.tyres.frost_button"), CallbackData.StartFlow, FlowNames.FirstFrost)]);
        rows.Add([Keyboards.ToPassport(ctx, vehicleId)]);
        return new InlineKeyboardMarkup(rows);
    }
}
