using CarPass.Bot.Conversations;
using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Ocr;
using CarPass.Data.Requests;
using CarPass.Domain.Ocr;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// A service employee's photo while proposing a correction: the value they tap becomes a pending
/// change request (source: OCR), and the owner gets the usual Approve / Reject notice. The centre
/// and the vehicle come from the flow; the request checks the employee and the grant again.
/// </summary>
public sealed class StaffPhotos(
    PhotoScanner scanner,
    ScanReader open,
    ChangeRequestUseCases changes,
    ProposeChangeWizard proposals
)
{
    /// <summary>The draft key holding the scan whose values the employee may propose.</summary>
    public const string ScanKey = "ocr_scan";

    /// <param name="kind">What <see cref="PhotoQuestion"/> says the photo is read as, once the vehicle and field allow a photo.</param>
    public async Task OnPhotoAsync(
        BotContext ctx,
        IncomingImage image,
        OcrKind kind,
        ConversationState state,
        CancellationToken ct
    )
    {
        var draft = new Draft(state.Draft);
        var field = PhotoQuestion.Field(draft);
        var scanned = await scanner.ScanAsync(ctx, image, kind, c => Offered(c, field), ct);
        if (!scanned.IsSuccess)
        {
            ctx.Say(CandidateText.Problem(ctx, scanned.Error));
            return;
        }
        var scan = scanned.Value;
        draft[ScanKey] = CallbackData.Id(scan.ScanId);
        await ctx.Conversations.SaveAsync(ctx.ChatId, state with { Draft = draft.Values }, ct);
        var rows = scan
            .Offered.Select(i =>
                new[]
                {
                    Keyboards.WithPayload(
                        CandidateText.Label(ctx, scan.Candidates[i]),
                        OcrPayload.Build(OcrPayload.Propose, scan.ScanId, number: i)
                    ),
                }
            )
            .Append([Keyboards.Button(ctx.Raw("bot.cancel"), CallbackData.Cancel)]);
        var lines = CandidateText.Lines(ctx, scan.Offered.Select(i => scan.Candidates[i]));
        ctx.Say($"{ctx.T("bot.ocr.staff_pick")}\n\n{lines}", new InlineKeyboardMarkup(rows));
    }

    /// <summary>Only a tap on the reading this conversation holds counts; after proposing, it is out of date.</summary>
    public async Task<bool> OnButtonAsync(BotContext ctx, OcrPayload tap, CancellationToken ct)
    {
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        if (state?.Flow != FlowNames.ProposeChange || CallbackData.ParseId(state[ScanKey]) != tap.Scan)
            return false;
        var draft = new Draft(state.Draft);
        var candidates = await open.OpenCandidatesAsync(ctx.User.Id, tap.Scan, ct) ?? [];
        if (tap.Number is not { } index || !Offered(candidates, PhotoQuestion.Field(draft)).Contains(index))
            return false;
        var candidate = candidates[index];
        var proposed = await changes.ProposeAsync(
            ctx.User.Id,
            draft.Id(DraftKeys.Center)!.Value,
            draft.VehicleId!.Value,
            candidate.Kind == OcrField.Vin ? VehicleField.Vin : VehicleField.Plate,
            candidate.Value,
            ChangeSource.Ocr,
            ct
        );
        if (!proposed.IsSuccess)
        {
            ctx.Say(ctx.Error(proposed.Error));
            return true;
        }
        await proposals.AskOwnerAsync(ctx, proposed.Value, ct);
        Wizard.RetirePrompt(ctx, state);
        await ctx.Conversations.ClearAsync(ctx.ChatId, ct);
        ctx.Say(ctx.T("bot.change.proposed"), Keyboards.Next(Keyboards.ToCenter(ctx, null)));
        return true;
    }

    /// <summary>VINs and plates, of the field being corrected when one is chosen.</summary>
    private static IReadOnlyList<int> Offered(IReadOnlyList<OcrCandidate> candidates, VehicleField? field) =>
        Enumerable
            .Range(0, candidates.Count)
            .Where(i =>
                candidates[i].Kind switch
                {
                    OcrField.Vin => field is null or VehicleField.Vin,
                    OcrField.Plate => field is null or VehicleField.Plate,
                    _ => false,
                }
            )
            .ToList();
}
