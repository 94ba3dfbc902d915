using CarPass.Bot.Tests.Fake;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Tests.Support;

/// <summary>Builds the updates people cause: typed text, a sticker, a photo or file, a button tap. Ids only grow.</summary>
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

    public Update Location(long userId) =>
        Sent(userId, "en", m => m.Location = new Location { Latitude = 55.75, Longitude = 37.62 });

    /// <summary>A photo as Telegram delivers it: several sizes, each with the size of its file.</summary>
    public Update Photo(long userId, string fileId, long fileSize, string language = "en") =>
        Sent(
            userId,
            language,
            m => m.Photo = [Size("thumb-" + fileId, 90, 60, 1200), Size(fileId, 1280, 853, fileSize)]
        );

    /// <summary>A file sent as a document, with the type and size Telegram announces.</summary>
    public Update Document(
        long userId,
        string fileId,
        long fileSize,
        string mimeType,
        string language = "en",
        string fileName = "scan"
    ) =>
        Sent(
            userId,
            language,
            m =>
                m.Document = new Document
                {
                    FileId = fileId,
                    FileUniqueId = fileId,
                    FileName = fileName,
                    MimeType = mimeType,
                    FileSize = fileSize,
                }
        );

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

    private Update Sent(long userId, string language, Action<Message> fill) =>
        new() { Id = Interlocked.Increment(ref _nextUpdateId), Message = Incoming(userId, language, fill) };

    private static PhotoSize Size(string fileId, int width, int height, long fileSize) =>
        new()
        {
            FileId = fileId,
            FileUniqueId = fileId,
            Width = width,
            Height = height,
            FileSize = fileSize,
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
