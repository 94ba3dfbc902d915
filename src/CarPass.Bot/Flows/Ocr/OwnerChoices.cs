using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Ocr;
using CarPass.Data.Passports;
using CarPass.Data.Vehicles;
using CarPass.Domain.Ocr;
using CarPass.Domain.Scoring;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// The owner's taps on a reading. Saving goes through <see cref="OcrUseCases.ConfirmAsync"/> — the
/// owner's own edit, validated, audited and recomputed — and the reply shows the passport's quality
/// before and after. A tap on a scan already decided is out of date and changes nothing.
/// </summary>
public sealed class OwnerChoices(
    ScanReader open,
    VehicleReader vehicles,
    OcrUseCases scans,
    PassportReader passports,
    SavedReply saved,
    NextActions next,
    FlowStarter flows,
    VinDecode.VinProposal vinProposal
)
{
    public async Task<bool> OnButtonAsync(BotContext ctx, OcrPayload tap, CancellationToken ct)
    {
        if (await open.OpenCandidatesAsync(ctx.User.Id, tap.Scan, ct) is not { } candidates)
            return false;
        if (tap.Step == OcrPayload.AnotherPhoto)
        {
            await scans.DiscardAsync(ctx.User.Id, tap.Scan, ct);
            ctx.Say(ctx.T("bot.ocr.send_another"));
            return true;
        }
        if (tap.Vehicle is not { } vehicleId)
            return false;
        if (await vehicles.EditableAsync(ctx.User.Id, vehicleId, ct) is not { } vehicle)
        {
            ctx.Say(ctx.T("bot.vehicle_gone"), Keyboards.BackToGarage(ctx));
            return true;
        }
        switch (tap.Step)
        {
            case OcrPayload.ForVehicle:
                Show(ctx, tap, vehicle, candidates, 0);
                return true;
            case OcrPayload.Toggle when tap.Chosen(candidates.Count) is not null || tap.Number == 0:
                Show(ctx, tap, vehicle, candidates, tap.Number!.Value);
                return true;
            case OcrPayload.Save
                when tap.Chosen(candidates.Count) is { } chosen
                    && chosen.Intersect(OwnerChoice.Offered(candidates)).Any():
                return await SaveAsync(ctx, tap, vehicle, candidates, chosen, ct);
            case OcrPayload.TypeIt:
                await scans.DiscardAsync(ctx.User.Id, tap.Scan, ct);
                await TypeAsync(ctx, vehicle.Id, candidates, ct);
                return true;
            default:
                return false;
        }
    }

    private async Task<bool> SaveAsync(
        BotContext ctx,
        OcrPayload tap,
        Vehicle vehicle,
        IReadOnlyList<OcrCandidate> candidates,
        IReadOnlyList<int> chosen,
        CancellationToken ct
    )
    {
        var values = chosen.Select(i => candidates[i]).ToList();
        var before = await QualityAsync(ctx, vehicle.Id, ct);
        var confirmed = await scans.ConfirmAsync(ctx.User.Id, tap.Scan, vehicle.Id, values, ct);
        if (confirmed.Error?.Code is OcrErrorCodes.ScanAlreadyDecided or OcrErrorCodes.ScanNotFound)
            return false;
        if (!confirmed.IsSuccess)
        {
            // The passport refused the value (a wrong check digit, say): the scan stays open for another choice.
            var (html, keyboard) = OwnerChoice.Render(ctx, tap.Scan, vehicle, candidates, tap.Number!.Value);
            ctx.Say($"{ctx.Error(confirmed.Error)}\n\n{html}", keyboard);
            return true;
        }
        var after = await QualityAsync(ctx, vehicle.Id, ct);
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        if (SpecsStep.Asked(state)?.Vehicle == vehicle.Id)
        {
            // The question the photo answered ends, and its buttons go.
            Wizard.RetirePrompt(ctx, state);
            await ctx.Conversations.ClearAsync(ctx.ChatId, ct);
        }
        var text = ctx.T("bot.ocr.saved", CandidateText.Saved(ctx, values.Where(c => c.Kind != OcrField.Colour)));
        if (before is { } from && after is { } to)
            text = Html.Of($"{text}\n{ctx.T("bot.ocr.quality", from, to)}");
        if (await saved.DoneAsync(ctx, vehicle.Id, text, ct) is WizardOutcome.Done done)
            ctx.Say(done.Html, done.Keyboard);
        if (
            values.Any(c => c.Kind == OcrField.Vin)
            && await vehicles.EditableAsync(ctx.User.Id, vehicle.Id, ct) is { } updated
            && vinProposal.For(ctx, updated) is { } proposal
        )
            ctx.Replies.Send(ctx.ChatId, proposal.Html, proposal.Keyboard);
        return true;
    }

    private static void Show(
        BotContext ctx,
        OcrPayload tap,
        Vehicle vehicle,
        IReadOnlyList<OcrCandidate> candidates,
        int selection
    )
    {
        var (html, keyboard) = OwnerChoice.Render(ctx, tap.Scan, vehicle, candidates, selection);
        ctx.Say(html, keyboard);
    }

    /// <summary>The typed edit of the field that was read; several fields (a certificate) open the list of details.</summary>
    private Task TypeAsync(BotContext ctx, Guid vehicleId, IReadOnlyList<OcrCandidate> candidates, CancellationToken ct)
    {
        var code = candidates.Select(c => c.Kind).Distinct().ToList() switch
        {
            [OcrField.Vin] => ContributorCodes.Vin,
            [OcrField.Plate] => ContributorCodes.Plate,
            _ => null,
        };
        return code is not null
            ? next.RunAsync(ctx, code, vehicleId, ct)
            : flows.StartAsync(ctx, FlowNames.Specs, new() { [DraftKeys.Vehicle] = CallbackData.Id(vehicleId) }, ct);
    }

    private async Task<int?> QualityAsync(BotContext ctx, Guid vehicleId, CancellationToken ct) =>
        (await passports.VehicleAsync(ctx.User.Id, vehicleId, ct))?.Passport.Completeness.Score;
}
