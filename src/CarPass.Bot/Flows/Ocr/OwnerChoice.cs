using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Ocr;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// The owner's choice after a read. Alternatives of one field (or a single value): one tap saves the
/// value. Several different fields (a certificate): tick each right one, then Save — or All correct.
/// Nothing is saved until a tap says so.
/// </summary>
public static class OwnerChoice
{
    /// <summary>Indexes of the candidates that can change a passport (it has no colour yet).</summary>
    public static IReadOnlyList<int> Offered(IReadOnlyList<OcrCandidate> candidates) =>
        Enumerable.Range(0, candidates.Count).Where(i => candidates[i].Kind != OcrField.Colour).ToList();

    public static (HtmlText Html, InlineKeyboardMarkup Keyboard) Render(
        BotContext ctx,
        Guid scan,
        Vehicle vehicle,
        IReadOnlyList<OcrCandidate> candidates,
        int selection
    )
    {
        var offered = Offered(candidates);
        var checklist =
            offered.Count > 1 && offered.Select(i => candidates[i].Kind).Distinct().Count() == offered.Count;
        var rows = checklist
            ? Checklist(ctx, scan, vehicle.Id, candidates, offered, selection)
            : offered.Select(i =>
                Row(CandidateText.Label(ctx, candidates[i]), OcrPayload.Save, scan, vehicle.Id, 1 << i)
            );
        var html = Html.Of(
            $"{ctx.T(checklist ? "bot.ocr.checklist" : "bot.ocr.pick", vehicle.Name)}\n\n{CandidateText.Lines(ctx, candidates)}"
        );
        return (html, new InlineKeyboardMarkup(rows.Append(Dismiss(ctx, scan, vehicle.Id))));
    }

    /// <summary>"Another photo" and "Type it": the values read are not kept for this vehicle.</summary>
    public static InlineKeyboardButton[] Dismiss(BotContext ctx, Guid scan, Guid? vehicle)
    {
        var another = Button(ctx.Raw("bot.ocr.another_photo"), OcrPayload.Build(OcrPayload.AnotherPhoto, scan));
        return vehicle is { } id
            ? [another, Button(ctx.Raw("bot.ocr.type_it"), OcrPayload.Build(OcrPayload.TypeIt, scan, id))]
            : [another];
    }

    private static IEnumerable<InlineKeyboardButton[]> Checklist(
        BotContext ctx,
        Guid scan,
        Guid vehicle,
        IReadOnlyList<OcrCandidate> candidates,
        IReadOnlyList<int> offered,
        int selection
    )
    {
        foreach (var i in offered)
        {
            var ticked = (selection & (1 << i)) != 0;
            var label = $"{(ticked ? "☑" : "☐")} {CandidateText.Label(ctx, candidates[i])}";
            yield return Row(label, OcrPayload.Toggle, scan, vehicle, selection ^ (1 << i));
        }
        var count = offered.Count(i => (selection & (1 << i)) != 0);
        if (count > 0)
            yield return Row(ctx.Raw("bot.ocr.save_selected", count), OcrPayload.Save, scan, vehicle, selection);
        var all = Enumerable.Range(0, candidates.Count).Sum(i => 1 << i);
        yield return Row(ctx.Raw("bot.ocr.all_correct"), OcrPayload.Save, scan, vehicle, all);
    }

    private static InlineKeyboardButton[] Row(string label, string step, Guid scan, Guid vehicle, int selection) =>
        [Button(label, OcrPayload.Build(step, scan, vehicle, selection))];

    private static InlineKeyboardButton Button(string label, string payload) => Keyboards.WithPayload(label, payload);
}
