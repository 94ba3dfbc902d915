using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Tyres;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Tyres;

/// <summary>/tyres: the owner's car, then its sets with "Add a set", "Fit" for each set not on the car, and the first frost date.</summary>
public sealed class TyresHandler(TyreReader reader, TyreUseCases tyres, VehicleReader vehicles, TimeProvider clock)
{
    public Task StartAsync(BotContext ctx, CancellationToken ct) =>
        OwnedVehiclePick.RunAsync(ctx, vehicles, CallbackData.Tyres, (id, token) => ShowAsync(ctx, id, token), ct);

    public async Task ShowAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        if (await ListAsync(ctx, vehicleId, null, ct) is { } list)
            ctx.Say(list.Html, list.Keyboard);
    }

    public async Task<WizardOutcome> DoneAsync(BotContext ctx, Guid vehicleId, HtmlText saved, CancellationToken ct) =>
        await ListAsync(ctx, vehicleId, saved, ct) is { } list
            ? new WizardOutcome.Done(list.Html, list.Keyboard)
            : new WizardOutcome.Done(saved);

    /// <summary>The set goes on the car today (the owner's day); the one that was on is taken off.</summary>
    public async Task FitAsync(BotContext ctx, Guid setId, CancellationToken ct)
    {
        var today = LocalDate.Of(clock.GetUtcNow().UtcDateTime, ctx.Speaker.Zone);
        var fitted = await tyres.MarkFittedAsync(ctx.User.Id, setId, today, null, ct);
        if (!fitted.IsSuccess)
        {
            ctx.Refuse(fitted.Error);
            return;
        }
        var set = fitted.Value;
        var done = ctx.T("bot.tyres.fitted", TyreText.Name(ctx, set.Season, set.Size, set.Studded));
        if (await ListAsync(ctx, set.VehicleId, done, ct) is { } list)
            ctx.Say(list.Html, list.Keyboard);
    }

    private async Task<(HtmlText Html, InlineKeyboardMarkup Keyboard)?> ListAsync(
        BotContext ctx,
        Guid vehicleId,
        HtmlText? before,
        CancellationToken ct
    )
    {
        var owned = await reader.OwnedAsync(ctx.User.Id, vehicleId, ct);
        var vehicle = (await vehicles.OwnedAsync(ctx.User.Id, ct)).FirstOrDefault(v => v.Id == vehicleId);
        if (owned is null || vehicle is null)
        {
            ctx.Say(ctx.T("bot.vehicle_gone"), Keyboards.BackToGarage(ctx));
            return null;
        }
        var html = TyreText.List(ctx, vehicle.Name, owned);
        return (before is { } b ? Html.Of($"{b}\n\n{html}") : html, TyresKeyboard.For(ctx, vehicleId, owned));
    }
}
