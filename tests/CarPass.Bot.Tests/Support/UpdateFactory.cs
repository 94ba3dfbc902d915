using CarPass.Bot.Tests.Fake;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Tests.Support;

/// <summary>Builds the updates people cause: typed text, a sticker, a button tap. Ids only grow.</summary>
public sealed class UpdateFactory
{
    private int _nextUpdateId = 1;
    private int _nextIncomingMessageId = 1;

    public Update Text(long userId, string text, string language = "en") =>
        new()
        {
            Id = Interlocked.Increment(ref _nextUpdateId),
            Message = Incoming(userId, language, m => m.Text = text),
        };

    public Update Sticker(long userId) =>
        new()
        {
            Id = Interlocked.Increment(ref _nextUpdateId),
            Message = Incoming(
                userId,
                "en",
                m =>
                    m.Sticker = new Sticker
                    {
                        FileId = "s",
                        FileUniqueId = "s",
                        Type = StickerType.Regular,
                    }
            ),
        };

    public Update Tap(long userId, SentMessage on, string callbackData, string language = "en") =>
        new()
        {
            Id = Interlocked.Increment(ref _nextUpdateId),
            CallbackQuery = new CallbackQuery
            {
                Id = Guid.NewGuid().ToString("N"),
                From = Person(userId, language),
                ChatInstance = "chat",
                Data = callbackData,
                Message = new Message
                {
                    Id = on.MessageId,
                    Date = DateTime.UtcNow,
                    Chat = new Chat { Id = userId, Type = ChatType.Private },
                },
            },
        };

    private Message Incoming(long userId, string language, Action<Message> fill)
    {
        var message = new Message
        {
            Id = Interlocked.Increment(ref _nextIncomingMessageId),
            Date = DateTime.UtcNow,
            Chat = new Chat { Id = userId, Type = ChatType.Private },
            From = Person(userId, language),
        };
        fill(message);
        return message;
    }

    private static User Person(long userId, string language) =>
        new()
        {
            Id = userId,
            FirstName = $"Person{userId}",
            LanguageCode = language,
        };
}
