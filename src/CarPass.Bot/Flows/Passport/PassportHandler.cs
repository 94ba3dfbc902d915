using CarPass.Bot.Routing;
using CarPass.Bot.Setup;
using CarPass.Data.Passports;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Passport;

/// <summary>/passport and the vehicle menu: the numbers, what to improve (as buttons), and the Mini App.</summary>
public sealed class PassportHandler(PassportReader reader, IOptions<MiniAppOptions> miniApp)
{
    public async Task ShowAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        var view = await reader.VehicleAsync(ctx.User.Id, vehicleId, ct);
        if (view is null)
        {
            ctx.Say(ctx.T("bot.vehicle_gone"), Keyboards.BackToGarage(ctx));
            return;
        }
        var rows = view
            .NextActions.Select(m =>
                new[]
                {
                    Keyboards.Button(
                        $"➕ {ctx.Raw($"missing.{m.Code}.title")}",
                        CallbackData.NextAction,
                        m.Code,
                        CallbackData.Id(vehicleId)
                    ),
                }
            )
            .ToList();
        rows.AddRange(VehicleActionsKeyboard.Rows(ctx, vehicleId, view.Vehicle.FuelType, miniApp.Value.Url));
        ctx.Say(PassportText.Render(ctx, view, withImprovements: true), new InlineKeyboardMarkup(rows));
    }

    public async Task<IReadOnlyList<Guid>> VehicleIdsAsync(BotContext ctx, CancellationToken ct) =>
        await reader.VehicleIdsAsync(ctx.User.Id, ct);

    public async Task ShowMenuAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        var view = await reader.VehicleAsync(ctx.User.Id, vehicleId, ct);
        if (view is null)
        {
            ctx.Say(ctx.T("bot.vehicle_gone"), Keyboards.BackToGarage(ctx));
            return;
        }
        var id = CallbackData.Id(vehicleId);
        var rows = new List<InlineKeyboardButton[]>
        {
            new[] { Keyboards.Button(ctx.Raw("bot.menu.passport"), CallbackData.Passport, id) },
        };
        rows.AddRange(VehicleActionsKeyboard.Rows(ctx, vehicleId, view.Vehicle.FuelType, miniApp.Value.Url));
        ctx.Say(PassportText.Render(ctx, view, withImprovements: false), new InlineKeyboardMarkup(rows));
    }
}
