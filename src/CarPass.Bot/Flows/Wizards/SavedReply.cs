using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Routing;
using CarPass.Data.Passports;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>How a finished flow answers: what was saved, then the passport as it is now.</summary>
public sealed class SavedReply(PassportReader passports)
{
    public async Task<WizardOutcome> DoneAsync(BotContext ctx, Guid vehicleId, HtmlText savedHtml, CancellationToken ct)
    {
        var view = await passports.VehicleAsync(ctx.User.Id, vehicleId, ct);
        var html = view is null
            ? savedHtml
            : Html.Of($"{savedHtml}\n\n{PassportText.Render(ctx, view, withImprovements: false)}");
        var id = CallbackData.Id(vehicleId);
        return new WizardOutcome.Done(
            html,
            new InlineKeyboardMarkup([
                [
                    Keyboards.Button(ctx.Raw("bot.menu.passport"), CallbackData.Passport, id),
                    Keyboards.Button(ctx.Raw("bot.menu.vehicle"), CallbackData.Vehicle, id),
                ],
            ])
        );
    }
}
