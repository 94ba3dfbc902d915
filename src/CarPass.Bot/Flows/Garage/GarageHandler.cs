using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Routing;
using CarPass.Data.Passports;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Garage;

/// <summary>The garage: every active vehicle with its passport quality, health and verified status.</summary>
public sealed class GarageHandler(PassportReader reader)
{
    public async Task ShowAsync(BotContext ctx, CancellationToken ct)
    {
        var garage = await reader.GarageAsync(ctx.User.Id, ct);
        if (garage.Vehicles.Count == 0)
        {
            ctx.Say(
                ctx.T("bot.garage.empty"),
                new InlineKeyboardMarkup(
                    Keyboards.Button(ctx.Raw("bot.menu.add_vehicle"), CallbackData.StartFlow, FlowNames.AddVehicle)
                )
            );
            return;
        }
        var lines = new List<HtmlText>
        {
            Html.Bold(ctx.T("bot.garage.title", garage.Level.GarageQuality)),
            ctx.T("consistency.summary", garage.Level.MonthsWithRecords, garage.Level.MonthsConsidered),
            HtmlText.Empty,
        };
        foreach (var car in garage.Vehicles)
        {
            var alerts =
                car.ActiveAlerts > 0 ? Html.Of($" · {ctx.T("bot.garage.alerts", car.ActiveAlerts)}") : HtmlText.Empty;
            lines.Add(
                Html.Of(
                    $"{PassportText.HealthMark(car.Health)} {PassportText.Title(car.Name, car.Year)} — {car.Completeness} % · {ctx.T($"history_status.{SnakeCase.Of(car.History)}")}{alerts}"
                )
            );
        }
        var rows = garage
            .Vehicles.Select(car =>
                new[]
                {
                    Keyboards.Button(
                        $"{car.Name} · {car.Completeness} %",
                        CallbackData.Vehicle,
                        CallbackData.Id(car.VehicleId)
                    ),
                }
            )
            .Append([Keyboards.Button(ctx.Raw("bot.menu.add_vehicle"), CallbackData.StartFlow, FlowNames.AddVehicle)]);
        ctx.Say(Html.Lines(lines), new InlineKeyboardMarkup(rows));
    }

    /// <summary>For commands about one vehicle: pick it first when there are several.</summary>
    public async Task PickAsync(BotContext ctx, string action, CancellationToken ct)
    {
        var garage = await reader.GarageAsync(ctx.User.Id, ct);
        var rows = garage.Vehicles.Select(car =>
            new[] { Keyboards.Button(car.Name, action, CallbackData.Id(car.VehicleId)) }
        );
        ctx.Say(ctx.T("bot.ask_vehicle"), new InlineKeyboardMarkup(rows));
    }
}
