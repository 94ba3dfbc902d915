using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Garage;
using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Flows.Settings;
using CarPass.Bot.Flows.Start;

namespace CarPass.Bot.Routing;

/// <summary>Commands start things (and leave any unfinished flow); other text answers the current step.</summary>
public sealed class TextRouter(
    FlowStarter flows,
    StartHandler start,
    GarageHandler garage,
    PassportHandler passport,
    SettingsHandler settings,
    Flows.Centers.CenterHandler centers,
    Flows.Access.AccessHandler access,
    Flows.Ownership.TransferHandler transfers,
    Flows.Claims.ClaimHandler claims,
    Flows.DataFiles.ExportHandler exports,
    Flows.Reports.ReportHandler reports,
    Flows.Documents.DocumentsHandler documents,
    Flows.Tyres.TyresHandler tyres
)
{
    public async Task RouteAsync(BotContext ctx, string text, CancellationToken ct)
    {
        if (text.StartsWith('/'))
        {
            await Flows.Wizards.Wizard.LeaveAsync(ctx, ct);
            await CommandAsync(ctx, text, ct);
            return;
        }
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        if (state is not null && flows.Find(state.Flow) is { } wizard && state.Step < wizard.Steps.Count)
        {
            await wizard.OnTextAsync(ctx, state, text, ct);
            return;
        }
        ctx.Say(ctx.T("bot.hint"), Keyboards.Main(ctx));
    }

    /// <summary>A photo at a flow step that takes one (a document's photo) answers it; false when no step takes it.</summary>
    public async Task<bool> PhotoAsync(BotContext ctx, string fileId, CancellationToken ct)
    {
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        if (state is null || flows.Find(state.Flow) is not { } wizard || state.Step >= wizard.Steps.Count)
            return false;
        if (!wizard.Steps[state.Step].TakesPhoto)
            return false;
        await wizard.OnPhotoAsync(ctx, state, fileId, ct);
        return true;
    }

    /// <summary>A sticker, a location, a voice message…: within a flow its step is asked again; outside, a hint.</summary>
    public async Task NotTextAsync(BotContext ctx, CancellationToken ct)
    {
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        if (state is not null && flows.Find(state.Flow) is { } wizard && state.Step < wizard.Steps.Count)
            await wizard.OnNotTextAsync(ctx, state, ct);
        else
            ctx.Say(ctx.T("bot.hint"), Keyboards.Main(ctx));
    }

    private async Task CommandAsync(BotContext ctx, string text, CancellationToken ct)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var command = parts[0].Split('@')[0].ToLowerInvariant();
        switch (command)
        {
            case "/start":
                await start.HandleAsync(ctx, parts.Length > 1 ? parts[1] : null, ct);
                break;
            case "/garage":
                await garage.ShowAsync(ctx, ct);
                break;
            case "/passport":
                await ShowPassportAsync(ctx, ct);
                break;
            case "/add":
                await flows.StartAsync(ctx, FlowNames.AddVehicle, [], ct);
                break;
            case "/mileage":
                await flows.StartAsync(ctx, FlowNames.Mileage, [], ct);
                break;
            case "/fuel":
                await flows.StartAsync(ctx, FlowNames.Fuel, [], ct);
                break;
            case "/charge":
                await flows.StartAsync(ctx, FlowNames.Charge, [], ct);
                break;
            case "/service":
                await flows.StartAsync(ctx, FlowNames.Service, [], ct);
                break;
            case "/settings":
                await settings.ShowAsync(ctx, ct);
                break;
            case "/center":
                await centers.ShowAsync(ctx, null, ct);
                break;
            case "/access":
                await access.ListAsync(ctx, ct);
                break;
            case "/transfers":
                await transfers.ListAsync(ctx, ct);
                break;
            case "/report":
                await reports.StartAsync(ctx, ct);
                break;
            case "/links":
                await reports.ListAsync(ctx, ct);
                break;
            case "/claims":
                await claims.ListAsync(ctx, ct);
                break;
            case "/export":
                await exports.StartAsync(ctx, ct);
                break;
            case "/import":
                Flows.DataFiles.ImportHandler.Explain(ctx);
                break;
            case "/documents":
                await documents.StartAsync(ctx, ct);
                break;
            case "/tyres":
                await tyres.StartAsync(ctx, ct);
                break;
            case "/cancel":
                ctx.Say(ctx.T("bot.cancelled"), Keyboards.Main(ctx));
                break;
            default:
                ctx.Say(ctx.T("bot.help"), Keyboards.Main(ctx));
                break;
        }
    }

    private async Task ShowPassportAsync(BotContext ctx, CancellationToken ct)
    {
        var ids = await passport.VehicleIdsAsync(ctx, ct);
        switch (ids.Count)
        {
            case 0:
                await garage.ShowAsync(ctx, ct);
                break;
            case 1:
                await passport.ShowAsync(ctx, ids[0], ct);
                break;
            default:
                await garage.PickAsync(ctx, CallbackData.Passport, ct);
                break;
        }
    }
}
