using CarPass.Bot.Routing;
using CarPass.Data.Documents;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Documents;

/// <summary>Under a car's documents: "Add a document", Delete and (when it has one) Photo for each, and the passport.</summary>
public static class DocumentsKeyboard
{
    public static InlineKeyboardMarkup For(BotContext ctx, Guid vehicleId, OwnedDocuments owned)
    {
        var id = CallbackData.Id(vehicleId);
        var rows = new List<InlineKeyboardButton[]>
        {
            new[] { Keyboards.Button(ctx.Raw("bot.docs.add"), CallbackData.StartFlow, FlowNames.Document, id) },
        };
        foreach (var d in owned.Items)
        {
            var label = $"{DocumentText.Kind(ctx, d.Kind)} {d.MaskedNumber}";
            var row = new List<InlineKeyboardButton>
            {
                Keyboards.Button(ctx.Raw("bot.docs.delete", label), CallbackData.DeleteDocument, CallbackData.Id(d.Id)),
            };
            if (d.HasPhoto)
                row.Add(
                    Keyboards.Button(
                        ctx.Raw("bot.docs.photo_button"),
                        CallbackData.DocumentPhoto,
                        CallbackData.Id(d.Id)
                    )
                );
            rows.Add([.. row]);
        }
        rows.Add([Keyboards.ToPassport(ctx, vehicleId)]);
        return new InlineKeyboardMarkup(rows);
    }
}
