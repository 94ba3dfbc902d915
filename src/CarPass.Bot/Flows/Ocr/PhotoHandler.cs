using CarPass.Bot.Routing;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// Photos and image files, and the buttons of their readings. What a photo answers is
/// <see cref="PhotoQuestion"/>'s rule: an employee proposing a correction gets a change request for
/// the owner; anyone else fills in their own vehicle (at the VIN or plate step of "Vehicle details",
/// that field of that vehicle; the step stays open until a value is saved); any other unfinished
/// flow is left as it is.
/// </summary>
public sealed class PhotoHandler(OwnerPhotos owners, OwnerChoices choices, StaffPhotos staff)
{
    public async Task OnPhotoAsync(BotContext ctx, IncomingImage image, CancellationToken ct)
    {
        var state = await ctx.Conversations.GetAsync(ctx.ChatId, ct);
        var question = PhotoQuestion.Of(state);
        if (question.Refusal is { } refusal)
            ctx.Say(ctx.T(refusal));
        else if (question.ForCorrection)
            await staff.OnPhotoAsync(ctx, image, question.Kind, state!, ct);
        else
            await owners.OnPhotoAsync(ctx, image, question.Kind, question.Vehicle, ct);
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
