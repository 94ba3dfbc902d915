using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>A photo or file sent by a person in a private chat: the updates that go to <see cref="PhotoHandler"/>.</summary>
public sealed record PhotoMessage(long ChatId, long SenderId, IncomingImage Image)
{
    public static PhotoMessage? Of(Update update) =>
        update.Message is { Chat.Type: ChatType.Private, From: { IsBot: false } from, Text: null } message
        && DataFiles.ImportFile.From(message) is null
        && IncomingImage.From(message) is { } image
            ? new PhotoMessage(message.Chat.Id, from.Id, image)
            : null;
}
