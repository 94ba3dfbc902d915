using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Data.Export;
using CarPass.Data.Vehicles;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>
/// /export: the owner picks a vehicle (or all of them) and a format, and gets the file as a document:
/// the same reader and writer as the Mini App's API and the operator's export verb (docs/EXPORT.md).
/// Buttons: "ex" → pick; "ex:{vehicle|a}" → format; "ex:{vehicle|a}:{z|j}" → the file.
/// </summary>
public sealed class ExportHandler(VehicleReader vehicles, ExportReader exports, TimeProvider clock)
{
    public async Task StartAsync(BotContext ctx, CancellationToken ct)
    {
        var owned = await vehicles.EditableAsync(ctx.User.Id, ct);
        if (owned.Count == 0)
        {
            ctx.Say(ctx.T("bot.export.none"), Keyboards.BackToGarage(ctx));
            return;
        }
        if (owned.Count == 1)
        {
            AskFormat(ctx, CallbackData.Id(owned[0].Id));
            return;
        }
        ctx.Say(ctx.T("bot.export.pick"), ExportKeyboard.Vehicles(ctx, owned));
    }

    /// <summary>Returns false when the tap was outdated or not understood.</summary>
    public async Task<bool> OnButtonAsync(BotContext ctx, CallbackData data, CancellationToken ct)
    {
        var target = data.Arg(0);
        if (target is null)
        {
            await StartAsync(ctx, ct);
            return true;
        }
        Guid? vehicleId = target == ExportKeyboard.All ? null : CallbackData.ParseId(target);
        if (target != ExportKeyboard.All && vehicleId is null)
            return false;
        switch (data.Arg(1))
        {
            case null:
                AskFormat(ctx, target);
                return true;
            case "z" or "j" when data.Arg(1) is { } format:
                return await SendAsync(ctx, vehicleId, format == "j" ? ExportFormat.Json : ExportFormat.Zip, ct);
            default:
                return false;
        }
    }

    private static void AskFormat(BotContext ctx, string target) =>
        ctx.Say(ctx.T("bot.export.format"), ExportKeyboard.Formats(ctx, target));

    private async Task<bool> SendAsync(BotContext ctx, Guid? vehicleId, ExportFormat format, CancellationToken ct)
    {
        var bundle = await exports.ReadAsync(ctx.User.Id, vehicleId, clock.GetUtcNow().UtcDateTime, ct);
        if (bundle is null)
            return false;
        var file = ExportWriter.Write(bundle, format);
        var what = vehicleId is null ? ctx.Raw("bot.export.caption_all") : $"«{bundle.Vehicles[0].Name}»";
        ctx.Say(ctx.T("bot.export.ready"));
        ctx.Replies.SendDocument(
            ctx.ChatId,
            new OutgoingDocument(file.FileName, file.Content),
            ctx.T("bot.export.caption", what)
        );
        return true;
    }
}
