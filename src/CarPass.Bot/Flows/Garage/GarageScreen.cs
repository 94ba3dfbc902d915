using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Routing;
using CarPass.Data.Passports;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Garage;

/// <summary>The garage: the owner's level, then each car with its health, completeness, history and alerts, and a button to open it.</summary>
public static class GarageScreen
{
    public static HtmlText Render(BotContext ctx, GarageView garage)
    {
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
        return Html.Lines(lines);
    }

    /// <summary>A button per car, then "Add a vehicle".</summary>
    public static InlineKeyboardMarkup Keyboard(BotContext ctx, GarageView garage)
    {
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
        return new InlineKeyboardMarkup(rows);
    }
}
