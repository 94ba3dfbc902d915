using CarPass.Bot.Routing;
using CarPass.Domain.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// Photos and image files, and the buttons of their readings. An employee proposing a correction
/// gets a change request for the owner; anyone else fills in their own vehicle. A photo sent at the
/// VIN or plate step of "Vehicle details" is read for that field and vehicle (the step stays open
/// until a value is saved); any other unfinished flow is left as it is.
/// </summary>
public sealed class PhotoHandler(OwnerPhotos owners, OwnerChoices choices, StaffPhotos staff)
{
    public async Task OnPhotoAsync(BotContext ctx, IncomingImage image, CancellationToken ct)
    {
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        if (state?.Flow == FlowNames.ProposeChange)
        {
            await staff.OnPhotoAsync(ctx, image, state, ct);
            return;
        }
        var asked = SpecsStep.Asked(state);
        await owners.OnPhotoAsync(ctx, image, asked?.Kind ?? OcrKind.Auto, asked?.Vehicle, ct);
    }

    /// <summary>Returns false when the tap was outdated or not understood.</summary>
    public Task<bool> OnButtonAsync(BotContext ctx, CallbackData data, CancellationToken ct) =>
        OcrPayload.Parse(data) switch
        {
            null => Task.FromResult(false),
            { Step: OcrPayload.Propose } tap => staff.OnButtonAsync(ctx, tap, ct),
            var tap => choices.OnButtonAsync(ctx, tap, ct),
        };
}
