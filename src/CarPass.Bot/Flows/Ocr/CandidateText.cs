using CarPass.Bot.Routing;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>How a read value is named in the chat: "VIN WVWZZZ1JZXW000001 ✓" (✓ passes the passport's rules).</summary>
public static class CandidateText
{
    /// <summary>Plain text, for a button.</summary>
    public static string Label(BotContext ctx, OcrCandidate candidate) =>
        $"{Field(ctx, candidate.Kind)} {candidate.Value}{(candidate.Valid ? " ✓" : " ⚠")}";

    /// <summary>HTML lines listing the values, for a message.</summary>
    public static HtmlText Lines(BotContext ctx, IEnumerable<OcrCandidate> candidates) =>
        Html.Lines(candidates.Select(c => Html.Of($"• {Label(ctx, c)}")));

    /// <summary>"VIN 1HGG…, Plate А123ВС77": what was saved, as plain text (an argument of a text).</summary>
    public static string Saved(BotContext ctx, IEnumerable<OcrCandidate> candidates) =>
        string.Join(", ", candidates.Select(c => $"{Field(ctx, c.Kind)} {c.Value}"));

    private static string Field(BotContext ctx, OcrField kind) => ctx.Raw($"ocr_field.{SnakeCase.Of(kind)}");

    /// <summary>
    /// A problem as the person is told it: an OCR or write-path code under "error.*", or one of the
    /// bot's own texts (<see cref="ImageDownloader.DownloadFailed"/>).
    /// </summary>
    public static HtmlText Problem(BotContext ctx, DomainError error) =>
        error.Code.StartsWith("bot.", StringComparison.Ordinal) ? ctx.T(error.Code, error.Args) : ctx.Error(error);
}
