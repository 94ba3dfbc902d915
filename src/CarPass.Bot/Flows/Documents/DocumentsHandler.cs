using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Documents;
using CarPass.Data.Vehicles;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Documents;

/// <summary>
/// /documents: the owner's car, then its documents with masked numbers and expiry, "Add a
/// document", a delete button per document, and the photo of one that has it (sent to this chat only).
/// </summary>
public sealed class DocumentsHandler(DocumentReader reader, DocumentUseCases documents, VehicleReader vehicles)
{
    public Task StartAsync(BotContext ctx, CancellationToken ct) =>
        OwnedVehiclePick.RunAsync(ctx, vehicles, CallbackData.Documents, (id, token) => ShowAsync(ctx, id, token), ct);

    public async Task ShowAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        if (await ListAsync(ctx, vehicleId, null, ct) is { } list)
            ctx.Say(list.Html, list.Keyboard);
    }

    /// <summary>What a finished "add a document" says: what was saved, then the list as it is now.</summary>
    public async Task<WizardOutcome> DoneAsync(BotContext ctx, Guid vehicleId, HtmlText saved, CancellationToken ct) =>
        await ListAsync(ctx, vehicleId, saved, ct) is { } list
            ? new WizardOutcome.Done(list.Html, list.Keyboard)
            : new WizardOutcome.Done(saved);

    public async Task DeleteAsync(BotContext ctx, Guid documentId, CancellationToken ct)
    {
        var deleted = await documents.DeleteAsync(ctx.User.Id, documentId, ct);
        if (!deleted.IsSuccess)
        {
            ctx.Refuse(deleted.Error);
            return;
        }
        var done = ctx.T("bot.docs.deleted", DocumentText.Kind(ctx, deleted.Value.Kind));
        if (await ListAsync(ctx, deleted.Value.VehicleId, done, ct) is { } list)
            ctx.Say(list.Html, list.Keyboard);
    }

    /// <summary>The photo goes only to its owner's own chat, by Telegram's file id: CarPass never downloads it.</summary>
    public async Task PhotoAsync(BotContext ctx, Guid documentId, CancellationToken ct)
    {
        if (await reader.PhotoForOwnerAsync(ctx.User.Id, documentId, ct) is { } fileId)
            ctx.Replies.SendPhoto(ctx.ChatId, fileId, ctx.T("bot.docs.photo_caption"));
        else
            ctx.Refuse(new Domain.Common.DomainError(Domain.Documents.DocumentErrorCodes.DocumentNotFound));
    }

    private async Task<(HtmlText Html, InlineKeyboardMarkup Keyboard)?> ListAsync(
        BotContext ctx,
        Guid vehicleId,
        HtmlText? before,
        CancellationToken ct
    )
    {
        var owned = await reader.OwnedAsync(ctx.User.Id, vehicleId, ct);
        var vehicle = (await vehicles.OwnedAsync(ctx.User.Id, ct)).FirstOrDefault(v => v.Id == vehicleId);
        if (owned is null || vehicle is null)
        {
            ctx.Say(ctx.T("bot.vehicle_gone"), Keyboards.BackToGarage(ctx));
            return null;
        }
        var html = DocumentText.List(ctx, vehicle.Name, owned);
        return (before is { } b ? Html.Of($"{b}\n\n{html}") : html, DocumentsKeyboard.For(ctx, vehicleId, owned));
    }
}
