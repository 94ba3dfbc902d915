using System.Globalization;
using System.Security.Cryptography;
using CarPass.Bot.Conversations;
using CarPass.Bot.Routing;
using CarPass.Data.Import;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>
/// A file sent to import: read and recognised, the vehicle picked (when the owner has several), then a
/// check that shows what would happen — rows found, to import, duplicates, rejected with the reason —
/// and one tap imports it all or nothing (docs/EXPORT.md). Between the taps the conversation keeps only
/// the file's id and digest, the vehicle and what the check promised, for <see cref="ImportLimits.PendingFor"/>;
/// the file is fetched from Telegram again at each step, and a different file is refused.
/// Buttons: "im:v:{vehicle}" picks, "im:y" imports, "im:n" cancels.
/// </summary>
public sealed class ImportHandler(
    VehicleReader vehicles,
    ImportUseCases imports,
    ImportDownloader downloads,
    TimeProvider clock
)
{
    private const int RejectionsShown = 10;
    private const string FileKey = "file";
    private const string DigestKey = "sha256";
    private const string VehicleKey = "vehicle";
    private const string ExpectedKey = "expected";
    private const string ExpiresKey = "expires";

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
        var read = await ReadAsync(file.FileId, null, ct);
        if (!read.IsSuccess)
        {
            ctx.Say(ctx.Error(read.Error));
            return;
        }
        var (parsed, digest) = read.Value;
        var draft = new Dictionary<string, string> { [FileKey] = file.FileId, [DigestKey] = digest };
        if (owned.Count == 1)
        {
            await CheckAsync(ctx, draft, parsed, owned[0].Id, owned[0].Name, ct);
            return;
        }
        await SaveAsync(ctx, draft, ct);
        var rows = owned
            .Select(v => new[] { Keyboards.Button(v.Name, CallbackData.Import, "v", CallbackData.Id(v.Id)) })
            .Append([Keyboards.Button(ctx.Raw("bot.import.cancel"), CallbackData.Import, "n")]);
        ctx.Say(ctx.T("bot.import.pick", FormatName(ctx, parsed.Format)), new InlineKeyboardMarkup(rows));
    }

    /// <summary>Returns false when the tap was not understood; an import no longer waiting is said so.</summary>
    public async Task<bool> OnButtonAsync(BotContext ctx, CallbackData data, CancellationToken ct)
    {
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        var pending = state is { Flow: FlowNames.Import } && Expires(state) > Now ? state : null;
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
                var read = await ReadAsync(pending[FileKey]!, pending[DigestKey], ct);
                if (!read.IsSuccess)
                    return Refuse(ctx, read.Error);
                await CheckAsync(ctx, pending.Draft, read.Value.Parsed, vehicle.Id, vehicle.Name, ct);
                return true;
            case "y":
                if (pending?[VehicleKey] is not { } chosen || CallbackData.ParseId(chosen) is not { } target)
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
        draft[VehicleKey] = CallbackData.Id(vehicleId);
        draft[ExpectedKey] = report.Imported.ToString(CultureInfo.InvariantCulture);
        await SaveAsync(ctx, draft, ct);
        var buttons = new List<InlineKeyboardButton>();
        if (report.Imported > 0)
            buttons.Add(Keyboards.Button(ctx.Raw("bot.import.confirm", report.Imported), CallbackData.Import, "y"));
        buttons.Add(Keyboards.Button(ctx.Raw("bot.import.cancel"), CallbackData.Import, "n"));
        ctx.Say(Summary(ctx, report, vehicleName), new InlineKeyboardMarkup([buttons]));
    }

    private async Task ImportAsync(BotContext ctx, ConversationState pending, Guid vehicleId, CancellationToken ct)
    {
        var read = await ReadAsync(pending[FileKey]!, pending[DigestKey], ct);
        if (!read.IsSuccess)
        {
            Refuse(ctx, read.Error);
            return;
        }
        var expected = int.Parse(pending[ExpectedKey]!, CultureInfo.InvariantCulture);
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

    /// <summary>The file again from Telegram, and the same file as checked when a digest is given.</summary>
    private async Task<Outcome<(ParsedImport Parsed, string Digest)>> ReadAsync(
        string fileId,
        string? expectedDigest,
        CancellationToken ct
    )
    {
        var bytes = await downloads.DownloadAsync(fileId, ct);
        if (!bytes.IsSuccess)
            return bytes.Error;
        var digest = Convert.ToHexString(SHA256.HashData(bytes.Value));
        if (expectedDigest is not null && digest != expectedDigest)
            return new DomainError(ImportErrorCodes.Changed);
        var parsed = ImportParser.Parse(bytes.Value);
        return parsed.IsSuccess ? (parsed.Value, digest) : parsed.Error;
    }

    private static HtmlText Summary(BotContext ctx, ImportReport report, string vehicleName)
    {
        var lines = new List<HtmlText>
        {
            ctx.T(
                "bot.import.summary",
                FormatName(ctx, report.Format),
                vehicleName,
                report.RowsFound,
                report.Imported,
                report.Duplicates,
                report.Rejected.Count
            ),
        };
        if (report.Rejected.Count > 0)
        {
            lines.Add(ctx.T("bot.import.rejected_title"));
            lines.AddRange(
                report
                    .Rejected.Take(RejectionsShown)
                    .Select(r => ctx.T("bot.import.rejected_line", r.Line, ctx.Error(r.Reason)))
            );
            if (report.Rejected.Count > RejectionsShown)
                lines.Add(ctx.T("bot.import.rejected_more", report.Rejected.Count - RejectionsShown));
        }
        lines.Add(ctx.T("bot.import.self_reported"));
        return Html.Lines(lines);
    }

    private static string FormatName(BotContext ctx, ImportFormat format) =>
        ctx.Raw($"import.format.{SnakeCase.Of(format)}");

    private async Task SaveAsync(BotContext ctx, Dictionary<string, string> draft, CancellationToken ct)
    {
        draft[ExpiresKey] = (Now + ImportLimits.PendingFor).ToString("O", CultureInfo.InvariantCulture);
        await ctx.Conversations.SaveAsync(ctx.ChatId, new ConversationState(FlowNames.Import, 0, draft), ct);
    }

    private static DateTime Expires(ConversationState state) =>
        DateTime.TryParse(state[ExpiresKey], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : DateTime.MinValue;

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
