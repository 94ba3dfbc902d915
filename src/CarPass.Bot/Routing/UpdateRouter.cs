using CarPass.Bot.Conversations;
using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Ocr;
using CarPass.Bot.Replies;
using CarPass.Bot.Setup;
using CarPass.Data.Users;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Routing;

/// <summary>Turns one update into a handler call: who is it (from Telegram, never from text), and what kind.</summary>
public sealed class UpdateRouter(
    UserUseCases users,
    ConversationStore conversations,
    TextRouter text,
    CallbackRouter callbacks,
    PhotoHandler photos,
    Flows.DataFiles.ImportHandler imports,
    IOptions<AdminOptions> admins
)
{
    private static readonly HashSet<string> ReadOnlyCommands = ["/garage", "/passport"];
    private static readonly HashSet<string> ReadOnlyTaps =
    [
        CallbackData.Menu,
        CallbackData.Garage,
        CallbackData.Vehicle,
        CallbackData.Passport,
    ];

    /// <summary>
    /// Updates that usually only show something (the garage, a passport, a menu): worth trying
    /// without the write lock. Only a guess: one that writes after all is handled again as a write.
    /// </summary>
    public static bool LooksReadOnly(Update update) =>
        update switch
        {
            { Message.Text: { } text } => ReadOnlyCommands.Contains(text.Trim().ToLowerInvariant()),
            { CallbackQuery.Data: { } data } => ReadOnlyTaps.Contains(CallbackData.Parse(data).Action),
            _ => false,
        };

    public async Task RouteAsync(Update update, ReplyQueue replies, CancellationToken ct)
    {
        switch (update)
        {
            case { Message: { Chat.Type: ChatType.Private, From: { } from } message }:
                var ctx = await ContextAsync(from, message.Chat.Id, replies, null, ct);
                if (ctx is null)
                    return;
                if (message.Text is { } messageText)
                    await text.RouteAsync(ctx, messageText, ct);
                else if (Flows.DataFiles.ImportFile.From(message) is { } file)
                    await imports.OnFileAsync(ctx, file, ct);
                else if (IncomingImage.From(message) is { } image)
                {
                    if (!await text.PhotoAsync(ctx, image.FileId, ct))
                        await photos.OnPhotoAsync(ctx, image, ct);
                }
                else
                    await text.NotTextAsync(ctx, ct);
                break;
            case { CallbackQuery: { Message: { Chat.Type: ChatType.Private } tapped } query }:
                var tapCtx = await ContextAsync(query.From, tapped.Chat.Id, replies, tapped.MessageId, ct);
                if (tapCtx is null)
                    return;
                replies.AnswerCallback(query.Id);
                if (!await callbacks.RouteAsync(tapCtx, query.Data, ct))
                {
                    tapCtx.Replies.Clear();
                    replies.AnswerCallback(query.Id, tapCtx.Raw("bot.stale_button"));
                }
                break;
            case { CallbackQuery: { } orphan }:
                replies.AnswerCallback(orphan.Id);
                break;
        }
    }

    private async Task<BotContext?> ContextAsync(
        Telegram.Bot.Types.User from,
        long chatId,
        ReplyQueue replies,
        int? tapped,
        CancellationToken ct
    )
    {
        if (from.IsBot)
            return null;
        replies.ActorChatId = chatId;
        var profile = new TelegramProfile(from.Id, from.FirstName, from.LastName, from.Username, from.LanguageCode);
        var user = await users.EnsureAsync(profile, admins.Value.TelegramIds.Contains(from.Id), ct);
        // Nobody is refused registration: a failure here is a bug, and the update fails as one.
        if (!user.IsSuccess)
            throw new InvalidOperationException($"Telegram user {from.Id} was not registered: {user.Error.Code}");
        return new BotContext(chatId, user.Value, replies, conversations) { TappedMessageId = tapped };
    }
}
