using System.Globalization;
using CarPass.Bot.Conversations;
using CarPass.Bot.Routing;
using CarPass.Data.Import;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>
/// A file sent to import: read and recognised, the vehicle picked (when the owner has several), then a
/// check that shows what would happen — rows found, to import, duplicates, rejected with the reason —
/// and one tap imports it all or nothing (docs/EXPORT.md). Between the taps the conversation keeps only
/// a <see cref="PendingImport"/>; the file is fetched from Telegram again at each step, and a different
/// file is refused.
/// Buttons: "im:v:{vehicle}" picks, "im:y" imports, "im:n" cancels.
/// </summary>
public sealed class ImportHandler(
    VehicleReader vehicles,
    ImportUseCases imports,
    ImportDownloader downloads,
    TimeProvider clock
)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>/import: how to import.</summary>
    public static void Explain(BotContext ctx) =>
        ctx.Say(ctx.T("bot.import.how", ImportLimits.MaxFileBytes / 1024), Keyboards.BackToGarage(ctx));

    public async Task OnFileAsync(BotContext ctx, ImportFile file, CancellationToken ct)
    {
        if (ImportDownloader.Refuse(file.FileSize) is { } tooLarge)
        {
            ctx.Say(ctx.Error(tooLarge));
            return;
        }
        var owned = await vehicles.EditableAsync(ctx.User.Id, ct);
        if (owned.Count == 0)
        {
            ctx.Say(ctx.T("bot.import.no_vehicle"), Keyboards.BackToGarage(ctx));
            return;
        }
        var read = await downloads.ReadAsync(file.FileId, null, ct);
        if (!read.IsSuccess)
        {
            ctx.Say(ctx.Error(read.Error));
            return;
        }
        var (parsed, digest) = read.Value;
        var draft = PendingImport.Start(file.FileId, digest);
        if (owned.Count == 1)
        {
            await CheckAsync(ctx, draft, parsed, owned[0].Id, owned[0].Name, ct);
            return;
        }
        await PendingImport.SaveAsync(ctx, draft, Now, ct);
        ctx.Say(ctx.T("bot.import.pick", ImportText.FormatName(ctx, parsed.Format)), ImportKeyboard.Pick(ctx, owned));
    }

    /// <summary>Returns false when the tap was not understood; an import no longer waiting is said so.</summary>
    public async Task<bool> OnButtonAsync(BotContext ctx, CallbackData data, CancellationToken ct)
    {
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        var pending = PendingImport.Open(state, Now);
        switch (data.Arg(0))
        {
            case "n":
                if (state is { Flow: FlowNames.Import })
                    await ctx.Conversations.ClearAsync(ctx.ChatId, ct);
                ctx.Say(ctx.T("bot.import.cancelled"), Keyboards.BackToGarage(ctx));
                return true;
            case "v" when CallbackData.ParseId(data.Arg(1)) is { } vehicleId:
                if (pending is null)
                    return Expired(ctx);
                var vehicle = await vehicles.EditableAsync(ctx.User.Id, vehicleId, ct);
                if (vehicle is null)
                    return false;
                var read = await ReadAgainAsync(pending, ct);
                if (!read.IsSuccess)
                    return Refuse(ctx, read.Error);
                await CheckAsync(ctx, pending.Draft, read.Value.Parsed, vehicle.Id, vehicle.Name, ct);
                return true;
            case "y":
                if (pending is null || PendingImport.Vehicle(pending) is not { } target)
                    return Expired(ctx);
                await ImportAsync(ctx, pending, target, ct);
                return true;
            default:
                return false;
        }
    }

    private async Task CheckAsync(
        BotContext ctx,
        Dictionary<string, string> draft,
        ParsedImport parsed,
        Guid vehicleId,
        string vehicleName,
        CancellationToken ct
    )
    {
        var check = await imports.PreviewAsync(ctx.User.Id, vehicleId, parsed, ct);
        if (!check.IsSuccess)
        {
            await ctx.Conversations.ClearAsync(ctx.ChatId, ct);
            ctx.Say(ctx.Error(check.Error));
            return;
        }
        var report = check.Value;
        PendingImport.Checked(draft, vehicleId, report.Imported);
        await PendingImport.SaveAsync(ctx, draft, Now, ct);
        ctx.Say(ImportText.Summary(ctx, report, vehicleName), ImportKeyboard.Confirm(ctx, report));
    }

    private async Task ImportAsync(BotContext ctx, ConversationState pending, Guid vehicleId, CancellationToken ct)
    {
        var read = await ReadAgainAsync(pending, ct);
        if (!read.IsSuccess)
        {
            Refuse(ctx, read.Error);
            return;
        }
        var expected = PendingImport.Expected(pending);
        var outcome = await imports.ImportAsync(ctx.User.Id, vehicleId, read.Value.Parsed, expected, ct);
        await ctx.Conversations.ClearAsync(ctx.ChatId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Say(ctx.Error(outcome.Error), Keyboards.BackToGarage(ctx));
            return;
        }
        var name = (await vehicles.FindAsync(vehicleId, ct))?.Name ?? "";
        ctx.Say(
            ctx.T("bot.import.done", outcome.Value.Imported, name),
            Keyboards.Next(Keyboards.ToPassport(ctx, vehicleId))
        );
    }

    /// <summary>The pending file again from Telegram, refused when it is not the file that was checked.</summary>
    private Task<Outcome<(ParsedImport Parsed, string Digest)>> ReadAgainAsync(
        ConversationState pending,
        CancellationToken ct
    ) => downloads.ReadAsync(PendingImport.FileId(pending), PendingImport.Digest(pending), ct);

    private static bool Expired(BotContext ctx)
    {
        ctx.Say(ctx.T("bot.import.expired"), Keyboards.BackToGarage(ctx));
        return true;
    }

    private static bool Refuse(BotContext ctx, DomainError error)
    {
        ctx.Say(ctx.Error(error), Keyboards.BackToGarage(ctx));
        return true;
    }
}
