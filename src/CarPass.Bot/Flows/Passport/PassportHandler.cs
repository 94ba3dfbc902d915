using CarPass.Bot.Routing;
using CarPass.Bot.Setup;
using CarPass.Data.Passports;
using CarPass.Domain.Vehicles;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
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
        rows.AddRange(VehicleActions(ctx, vehicleId, view.Vehicle.FuelType));
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
        rows.AddRange(VehicleActions(ctx, vehicleId, view.Vehicle.FuelType));
        ctx.Say(PassportText.Render(ctx, view, withImprovements: false), new InlineKeyboardMarkup(rows));
    }

    private IEnumerable<InlineKeyboardButton[]> VehicleActions(BotContext ctx, Guid vehicleId, FuelType? fuel)
    {
        var id = CallbackData.Id(vehicleId);
        var logs = new List<InlineKeyboardButton> { Keyboards.Flow(ctx, "bot.menu.mileage", FlowNames.Mileage, id) };
        if (PowerTrain.BurnsFuel(fuel))
            logs.Add(Keyboards.Flow(ctx, "bot.menu.fuel", FlowNames.Fuel, id));
        if (PowerTrain.Charges(fuel))
            logs.Add(Keyboards.Flow(ctx, "bot.menu.charge", FlowNames.Charge, id));
        yield return [.. logs];
        yield return
        [
            Keyboards.Flow(ctx, "bot.menu.service", FlowNames.Service, id),
            Keyboards.Flow(ctx, "bot.menu.reminder", FlowNames.Reminder, id),
        ];
        yield return
        [
            Keyboards.Flow(ctx, "bot.menu.details", FlowNames.Specs, id),
            Keyboards.Button(ctx.Raw("bot.menu.report"), CallbackData.Report, id),
        ];
        yield return
        [
            Keyboards.Button(ctx.Raw("bot.menu.access"), CallbackData.Grants),
            Keyboards.Button(ctx.Raw("bot.menu.transfer"), CallbackData.OfferTransfer, id),
        ];
        if (!string.IsNullOrWhiteSpace(miniApp.Value.Url))
            yield return
            [
                InlineKeyboardButton.WithWebApp(
                    ctx.Raw("bot.menu.open_app"),
                    new WebAppInfo(OpenAt(miniApp.Value.Url, vehicleId))
                ),
            ];
        yield return [Keyboards.Button(ctx.Raw("bot.menu.garage"), CallbackData.Garage)];
    }

    /// <summary>The Mini App opened on this car's passport (webapp/js/start.js reads "v_" + the id's 32 hex digits).</summary>
    private static string OpenAt(string url, Guid vehicleId) =>
        $"{url}{(url.Contains('?') ? '&' : '?')}startapp=v_{vehicleId:N}";
}
