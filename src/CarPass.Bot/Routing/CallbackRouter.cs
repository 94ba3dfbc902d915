using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Garage;
using CarPass.Bot.Flows.Ocr;
using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Flows.Settings;

namespace CarPass.Bot.Routing;

/// <summary>
/// Button taps. Every payload is parsed defensively: an unknown, outdated or forged one gets a
/// short notice and changes nothing; ids are always checked against the tapping user's access.
/// </summary>
public sealed class CallbackRouter(
    FlowStarter flows,
    NextActions nextActions,
    GarageHandler garage,
    PassportHandler passport,
    SettingsHandler settings,
    ServiceCallbackRouter service,
    PhotoHandler photos,
    Flows.DataFiles.ExportHandler exports,
    Flows.DataFiles.ImportHandler imports,
    Flows.VinDecode.VinProposalHandler vinProposals,
    Flows.Documents.DocumentsHandler documents,
    Flows.Tyres.TyresHandler tyres
)
{
    /// <summary>Returns false when the tap was outdated or not understood.</summary>
    public async Task<bool> RouteAsync(BotContext ctx, string? payload, CancellationToken ct)
    {
        var data = CallbackData.Parse(payload);
        var vehicle = CallbackData.ParseId(data.Arg(0));
        switch (data.Action)
        {
            case CallbackData.Cancel:
                await Flows.Wizards.Wizard.LeaveAsync(ctx, ct);
                ctx.Say(ctx.T("bot.cancelled"), Keyboards.Main(ctx));
                return true;
            case CallbackData.Menu:
                ctx.Say(ctx.T("bot.welcome.body"), Keyboards.Main(ctx));
                return true;
            case CallbackData.Garage:
                await garage.ShowAsync(ctx, ct);
                return true;
            case CallbackData.Vehicle when vehicle is { } id:
                await passport.ShowMenuAsync(ctx, id, ct);
                return true;
            case CallbackData.Passport when vehicle is { } id:
                await passport.ShowAsync(ctx, id, ct);
                return true;
            case CallbackData.StartFlow when data.Arg(0) is { } flow && flows.Find(flow) is not null:
                var preset = CallbackData.ParseId(data.Arg(1)) is { } target
                    ? new Dictionary<string, string> { [flows.Find(flow)!.PresetKey] = CallbackData.Id(target) }
                    : [];
                await flows.StartAsync(ctx, flow, preset, ct);
                return true;
            case CallbackData.NextAction when data.Arg(0) is { } code && CallbackData.ParseId(data.Arg(1)) is { } id:
                await Flows.Wizards.Wizard.LeaveAsync(ctx, ct);
                await nextActions.RunAsync(ctx, code, id, ct);
                return true;
            case CallbackData.Wizard:
                return await WizardAsync(ctx, data, ct);
            case CallbackData.Settings:
                await settings.OnButtonAsync(ctx, data, ct);
                return true;
            case CallbackData.Ocr:
                return await photos.OnButtonAsync(ctx, data, ct);
            case CallbackData.Export:
                return await exports.OnButtonAsync(ctx, data, ct);
            case CallbackData.Import:
                return await imports.OnButtonAsync(ctx, data, ct);
            case CallbackData.VinDecode:
                return await vinProposals.OnButtonAsync(ctx, data, ct);
            // The first argument is a vehicle, a document or a tyre set; each handler checks it is the user's.
            case CallbackData.Documents when vehicle is { } id:
                await documents.ShowAsync(ctx, id, ct);
                return true;
            case CallbackData.DeleteDocument when vehicle is { } id:
                await documents.DeleteAsync(ctx, id, ct);
                return true;
            case CallbackData.DocumentPhoto when vehicle is { } id:
                await documents.PhotoAsync(ctx, id, ct);
                return true;
            case CallbackData.Tyres when vehicle is { } id:
                await tyres.ShowAsync(ctx, id, ct);
                return true;
            case CallbackData.FitTyres when vehicle is { } id:
                await tyres.FitAsync(ctx, id, ct);
                return true;
            default:
                return await service.RouteAsync(ctx, data, ct);
        }
    }

    private async Task<bool> WizardAsync(BotContext ctx, CallbackData data, CancellationToken ct)
    {
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        if (
            state is null
            || state.Flow != data.Arg(0)
            || !int.TryParse(data.Arg(1), out var step)
            || data.Arg(2) is not { } value
        )
            return false;
        return flows.Find(state.Flow) is { } wizard && await wizard.OnButtonAsync(ctx, state, step, value, ct);
    }
}
