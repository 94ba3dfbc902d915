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
    FlowStarter flows,
    IOptions<AdminOptions> admins
)
{
    /// <summary>Commands that show something or start a flow: starting one only stores the chat's first step.</summary>
    private static readonly HashSet<string> ReadFirstCommands =
    [
        "/garage",
        "/passport",
        "/add",
        "/mileage",
        "/fuel",
        "/charge",
        "/service",
        "/settings",
        "/cancel",
        "/import",
    ];

    private static readonly HashSet<string> ReadFirstTaps =
    [
        CallbackData.Menu,
        CallbackData.Garage,
        CallbackData.Vehicle,
        CallbackData.Passport,
        CallbackData.StartFlow,
        CallbackData.Cancel,
    ];

    /// <summary>
    /// Updates worth trying without the write lock: those that usually only show something (the
    /// garage, a passport, a menu) or only move a flow on by one question, whose new step is held and
    /// stored with the update's mark (<see cref="ConversationStore.Hold"/>). The answer to a flow's
    /// last question saves, so it goes straight to the write path. Only a guess: an update that
    /// writes after all is handled again as a write.
    /// </summary>
    public async Task<bool> TriesReadFirstAsync(Update update, CancellationToken ct)
    {
        switch (update)
        {
            case { Message: { Text: { } text } message }:
                var trimmed = text.Trim();
                if (trimmed.StartsWith('/'))
                    return ReadFirstCommands.Contains(trimmed.Split(' ', '@')[0].ToLowerInvariant());
                return await AnswerMayFinishAsync(message.Chat.Id, ct) is not true;
            case { CallbackQuery: { Data: { } data } query }:
                var action = CallbackData.Parse(data).Action;
                return ReadFirstTaps.Contains(action)
                    || action == CallbackData.Wizard
                        && query.Message?.Chat.Id is { } chatId
                        && await AnswerMayFinishAsync(chatId, ct) is not true;
            default:
                return false;
        }
    }

    /// <summary>Whether the chat's next answer may finish its flow; null when no flow is under way.</summary>
    private async Task<bool?> AnswerMayFinishAsync(long chatId, CancellationToken ct) =>
        await conversations.GetAsync(chatId, ct) is { } state ? flows.MayFinish(state) : null;

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
