using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CarPass.Bot.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Tests.Fake;

/// <summary>
/// An in-process Bot API server on 127.0.0.1 speaking the JSON Telegram.Bot expects: long-polled
/// getUpdates honouring offset and timeout, sendMessage/editMessageText returning messages, and
/// injectable faults (429 with retry_after, 5xx, broken JSON); getFile and file downloads for
/// files a test puts there, and the notices shown on button taps.
/// Like Telegram, it refuses a message whose HTML it cannot parse (400); a message it accepts but a
/// person would read wrong (<see cref="TelegramMessageCheck.Unreadable"/>) is kept in
/// <see cref="Unreadable"/>, and disposing the fake fails the test that caused it.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token";
    public const long BotId = 123456;

    private readonly object _gate = new();
    private readonly List<Update> _pending = [];
    private readonly List<SentMessage> _sent = [];
    private readonly ConcurrentQueue<(string Method, int Status, string Body)> _faults = new();
    private readonly ConcurrentQueue<(string Method, DateTime At)> _calls = new();
    private readonly ConcurrentQueue<(long ChatId, DateTime At)> _chatSends = new();
    private readonly ConcurrentDictionary<long, ConcurrentQueue<(int Status, string Body)>> _chatFaults = new();
    private readonly ConcurrentDictionary<long, bool> _blockedBy = new();
    private readonly ConcurrentDictionary<long, bool> _neverStarted = new();
    private readonly ConcurrentDictionary<string, ServedFile> _files = new();
    private readonly ConcurrentDictionary<string, long> _bytesSent = new();
    private readonly ConcurrentQueue<string> _callbackNotices = new();
    private readonly ConcurrentQueue<(long ChatId, int MessageId)> _keyboardsRemoved = new();
    private readonly ConcurrentDictionary<string, JsonObject> _lastRequests = new();
    private readonly ConcurrentQueue<string> _unreadable = new();
    private readonly ConcurrentQueue<SentDocument> _documents = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private int _nextMessageId = 5000;

    public string BaseUrl { get; private set; } = "";
    public IReadOnlyList<string> Calls => [.. _calls.Select(c => c.Method)];

    /// <summary>When each call of a method arrived, in order.</summary>
    public IReadOnlyList<DateTime> CallTimes(string method) =>
        [.. _calls.Where(c => c.Method == method).Select(c => c.At)];

    /// <summary>When each sendMessage to this chat arrived (refused ones included), in order.</summary>
    public IReadOnlyList<DateTime> SendTimes(long chatId) =>
        [.. _chatSends.Where(c => c.ChatId == chatId).Select(c => c.At)];

    /// <summary>Every sendMessage arrival, refused ones included, in order.</summary>
    public IReadOnlyList<DateTime> AllSendTimes => [.. _chatSends.Select(c => c.At)];

    /// <summary>The next sendMessage to this chat is refused with 429 and retry_after.</summary>
    public void FailNextSendWith429(long chatId, int retryAfterSeconds) =>
        _chatFaults.GetOrAdd(chatId, _ => new()).Enqueue((429, TooManyRequests(retryAfterSeconds)));

    /// <summary>From now on, every sendMessage to this chat is refused the way Telegram refuses a blocked bot.</summary>
    public void BlockBotIn(long chatId) => _blockedBy[chatId] = true;

    /// <summary>The person unblocked the bot: their chat takes messages again.</summary>
    public void UnblockBotIn(long chatId) => _blockedBy.TryRemove(chatId, out _);

    /// <summary>
    /// This person never pressed Start: like Telegram, every sendMessage to them is refused with 403
    /// until an update from them arrives.
    /// </summary>
    public void NeverStarted(long chatId) => _neverStarted[chatId] = true;

    public static async Task<FakeBotApi> StartAsync()
    {
        var api = new FakeBotApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        api._app = builder.Build();
        api._app.Map(
            "/bot{token}/{method}",
            (HttpContext http, string token, string method) => api.HandleAsync(http, token, method)
        );
        api._app.Map(
            "/file/bot{token}/{**path}",
            (HttpContext http, string token, string path) => api.DownloadAsync(http, token, path)
        );
        await api._app.StartAsync();
        api.BaseUrl = api._app.Urls.First();
        return api;
    }

    public void Enqueue(Update update)
    {
        if ((update.Message?.From ?? update.CallbackQuery?.From) is { } from)
            _neverStarted.TryRemove(from.Id, out _);
        lock (_gate)
            _pending.Add(update);
        Signal();
    }

    /// <summary>The next call of this method fails with the given HTTP status and body.</summary>
    public void FailNext(string method, int status, string body) => _faults.Enqueue((method, status, body));

    public void FailNextWith429(string method, int retryAfterSeconds) =>
        FailNext(method, 429, TooManyRequests(retryAfterSeconds));

    public IReadOnlyList<SentMessage> Sent
    {
        get
        {
            lock (_gate)
                return [.. _sent];
        }
    }

    public int CountCalls(string method) => _calls.Count(c => c.Method == method);

    /// <summary>The parameters of the latest call of a method, or null before the first.</summary>
    public JsonObject? LastRequest(string method) => _lastRequests.GetValueOrDefault(method);

    /// <summary>Puts a file where getFile finds it (and downloads serve it); returns its file_id.</summary>
    /// <param name="takes">How long its download takes (spread over its chunks), as on a slow network.</param>
    /// <param name="sizeKnown">False: getFile does not say how large it is (Telegram may leave file_size out).</param>
    public string AddFile(byte[] content, TimeSpan? takes = null, bool sizeKnown = true)
    {
        var fileId = "file-" + Guid.NewGuid().ToString("N");
        _files[fileId] = new ServedFile(content, takes ?? TimeSpan.Zero, sizeKnown);
        return fileId;
    }

    /// <summary>How many bytes of this file downloads have been sent so far (all of them when read to the end).</summary>
    public long BytesSent(string fileId) => _bytesSent.GetValueOrDefault(fileId);

    /// <summary>The texts shown to people when their taps were answered (e.g. "out of date").</summary>
    public IReadOnlyList<string> CallbackNotices => [.. _callbackNotices];

    /// <summary>Messages whose buttons the bot took away (editMessageReplyMarkup without a keyboard).</summary>
    public IReadOnlyList<(long ChatId, int MessageId)> KeyboardsRemoved => [.. _keyboardsRemoved];

    /// <summary>Waits until the condition over everything sent so far holds.</summary>
    public async Task<T> WaitForAsync<T>(Func<IReadOnlyList<SentMessage>, T?> probe, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (probe(_sent) is { } found)
                    return found;
                changed = _changed.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException(
                    $"The bot did not answer as expected. Sent so far:\n{string.Join("\n", Sent)}"
                );
            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    /// <summary>Files the bot sent (sendDocument, multipart as Telegram.Bot uploads them), in order.</summary>
    public IReadOnlyList<SentDocument> Documents => [.. _documents];

    /// <summary>Messages and keyboards Telegram would take but a person would read wrong, with why.</summary>
    public IReadOnlyList<string> Unreadable => [.. _unreadable];

    public async ValueTask DisposeAsync()
    {
        Signal();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (!_unreadable.IsEmpty)
            throw new Xunit.Sdk.XunitException(
                $"The bot sent what a person would read wrong:\n{string.Join("\n", _unreadable.Distinct())}"
            );
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        _calls.Enqueue((method, DateTime.UtcNow));
        if (token != Token)
        {
            await WriteAsync(http, 401, """{"ok":false,"error_code":401,"description":"Unauthorized"}""");
            return;
        }
        if (_faults.TryPeek(out var fault) && fault.Method == method && _faults.TryDequeue(out fault))
        {
            await WriteAsync(http, fault.Status, fault.Body);
            return;
        }
        var request = await ReadAsync(http);
        _lastRequests[method] = request;
        if (method == "sendMessage" && ChatFault(request["chat_id"]!.GetValue<long>()) is { } chatFault)
        {
            await WriteAsync(http, chatFault.Status, chatFault.Body);
            return;
        }
        if (method == "getFile" && !_files.ContainsKey(request["file_id"]?.GetValue<string>() ?? ""))
        {
            await WriteAsync(
                http,
                400,
                """{"ok":false,"error_code":400,"description":"Bad Request: invalid file_id"}"""
            );
            return;
        }
        if (method == "answerCallbackQuery" && request["text"]?.GetValue<string>() is { } notice)
            _callbackNotices.Enqueue(notice);
        if (method is "sendMessage" or "editMessageText" && Refused(request) is { } refusal)
        {
            await WriteAsync(http, 400, refusal);
            return;
        }
        object? result = method switch
        {
            "getUpdates" => await GetUpdatesAsync(request, http.RequestAborted),
            "getMe" => new User
            {
                Id = BotId,
                IsBot = true,
                FirstName = "CarPass",
                Username = "carpass_test_bot",
            },
            "sendMessage" => Record(method, request, (int)Interlocked.Increment(ref _nextMessageId)),
            "editMessageText" => Record(method, request, request["message_id"]!.GetValue<int>()),
            "sendDocument" => await RecordDocumentAsync(http, request),
            "sendPhoto" => RecordPhoto(request),
            "editMessageReplyMarkup" => RemoveKeyboard(request),
            "getFile" => FileInfo(request["file_id"]!.GetValue<string>()),
            _ => true,
        };
        await WriteAsync(http, 200, JsonSerializer.Serialize(new { ok = true, result }, JsonBotAPI.Options));
    }

    /// <summary>Telegram's answer to HTML it cannot parse; a message it takes is checked for what a person would see.</summary>
    private string? Refused(JsonObject request)
    {
        var text = request["text"]?.GetValue<string>() ?? "";
        var html = request["parse_mode"]?.GetValue<string>() is "HTML" or "Html";
        var keyboard = request["reply_markup"]?.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options);
        if ((html ? TelegramMessageCheck.Broken(text) : null) is { } broken)
        {
            _unreadable.Enqueue($"refused ({broken}): {text}");
            return JsonSerializer.Serialize(
                new
                {
                    ok = false,
                    error_code = 400,
                    description = $"Bad Request: can't parse entities: {broken}",
                }
            );
        }
        var shown = html ? text : Html.Escape(text).Markup;
        foreach (var problem in TelegramMessageCheck.Unreadable(shown, keyboard))
            _unreadable.Enqueue(problem);
        return null;
    }

    private static string TooManyRequests(int retryAfterSeconds) =>
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
        + retryAfterSeconds
        + "\",\"parameters\":{\"retry_after\":"
        + retryAfterSeconds
        + "}}";

    private (int Status, string Body)? ChatFault(long chatId)
    {
        _chatSends.Enqueue((chatId, DateTime.UtcNow));
        if (_blockedBy.ContainsKey(chatId))
            return (403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");
        if (_neverStarted.ContainsKey(chatId))
            return (
                403,
                """{"ok":false,"error_code":403,"description":"Forbidden: bot can't initiate conversation with a user"}"""
            );
        return _chatFaults.TryGetValue(chatId, out var faults) && faults.TryDequeue(out var fault) ? fault : null;
    }

    private Message Record(string method, JsonObject request, int messageId)
    {
        var chatId = request["chat_id"]!.GetValue<long>();
        var text = request["text"]!.GetValue<string>();
        var keyboard = request["reply_markup"]?.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options);
        lock (_gate)
            _sent.Add(new SentMessage(method, chatId, messageId, text, keyboard));
        Signal();
        var message = FromBot(chatId, messageId);
        message.Text = text;
        message.ReplyMarkup = keyboard;
        return message;
    }

    /// <summary>A message as Telegram returns what the bot sent: with its sender and chat.</summary>
    private static Message FromBot(long chatId, int messageId) =>
        new()
        {
            Id = messageId,
            Date = DateTime.UtcNow,
            Chat = new Chat { Id = chatId, Type = ChatType.Private },
            From = new User
            {
                Id = BotId,
                IsBot = true,
                FirstName = "CarPass",
            },
        };

    /// <summary>A photo resent by the file id Telegram gave it; its caption is what a person reads.</summary>
    private Message RecordPhoto(JsonObject request)
    {
        var chatId = long.Parse(request["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var caption = request["caption"]?.ToString() ?? "";
        var fileId = request["photo"]!.ToString();
        var messageId = Interlocked.Increment(ref _nextMessageId);
        lock (_gate)
            _sent.Add(new SentMessage("sendPhoto", chatId, messageId, caption, null) { PhotoFileId = fileId });
        Signal();
        var message = FromBot(chatId, messageId);
        message.Caption = caption;
        message.Photo =
        [
            new PhotoSize
            {
                FileId = fileId,
                FileUniqueId = fileId,
                Width = 1280,
                Height = 853,
            },
        ];
        return message;
    }

    /// <summary>Keeps the uploaded file; its caption is what a person reads, so it is a sent message too.</summary>
    private async Task<Message> RecordDocumentAsync(HttpContext http, JsonObject request)
    {
        var chatId = long.Parse(request["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var caption = request["caption"]?.ToString() ?? "";
        var form = await http.Request.ReadFormAsync();
        // Telegram.Bot uploads the file as a part of its own, which the document field names as attach://{part}.
        var part = form["document"].ToString();
        var upload = form.Files.GetFile(part.StartsWith("attach://", StringComparison.Ordinal) ? part[9..] : part)!;
        using var content = new MemoryStream();
        await upload.CopyToAsync(content);
        var messageId = Interlocked.Increment(ref _nextMessageId);
        var document = new SentDocument(chatId, upload.FileName, content.ToArray(), caption);
        _documents.Enqueue(document);
        lock (_gate)
            _sent.Add(new SentMessage("sendDocument", chatId, messageId, caption, null) { Document = document });
        Signal();
        var message = FromBot(chatId, messageId);
        message.Caption = caption;
        message.Document = new Document
        {
            FileId = "sent-" + messageId,
            FileUniqueId = "sent-" + messageId,
            FileName = upload.FileName,
            FileSize = content.Length,
        };
        return message;
    }

    private Message RemoveKeyboard(JsonObject request)
    {
        var chatId = request["chat_id"]!.GetValue<long>();
        var messageId = request["message_id"]!.GetValue<int>();
        if (request["reply_markup"] is null)
            _keyboardsRemoved.Enqueue((chatId, messageId));
        Signal();
        return new Message
        {
            Id = messageId,
            Date = DateTime.UtcNow,
            Chat = new Chat { Id = chatId, Type = ChatType.Private },
        };
    }

    private TGFile FileInfo(string fileId) =>
        new()
        {
            FileId = fileId,
            FileUniqueId = fileId,
            FileSize = _files[fileId].SizeKnown ? _files[fileId].Content.Length : null,
            FilePath = $"photos/{fileId}.jpg",
        };

    /// <summary>Sends the file in flushed chunks, so a client that stops reading stops the download.</summary>
    private async Task DownloadAsync(HttpContext http, string token, string path)
    {
        _calls.Enqueue(("download", DateTime.UtcNow));
        var fileId = Path.GetFileNameWithoutExtension(path);
        if (token != Token || !_files.TryGetValue(fileId, out var file))
        {
            http.Response.StatusCode = 404;
            return;
        }
        http.Response.ContentType = "application/octet-stream";
        const int chunk = 64 * 1024;
        var content = file.Content;
        var pause = file.Takes / Math.Max(1, (content.Length + chunk - 1) / chunk);
        try
        {
            for (var offset = 0; offset < content.Length; offset += chunk)
            {
                if (pause > TimeSpan.Zero)
                    await Task.Delay(pause, http.RequestAborted);
                var part = content.AsMemory(offset, Math.Min(chunk, content.Length - offset));
                await http.Response.Body.WriteAsync(part, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                _bytesSent.AddOrUpdate(fileId, part.Length, (_, sent) => sent + part.Length);
            }
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client stopped reading.
        }
    }

    private sealed record ServedFile(byte[] Content, TimeSpan Takes, bool SizeKnown);

    /// <summary>Like Telegram: updates below the offset are confirmed and dropped; an empty queue waits.</summary>
    private async Task<Update[]> GetUpdatesAsync(JsonObject request, CancellationToken aborted)
    {
        var offset = request["offset"]?.GetValue<int>();
        var timeout = TimeSpan.FromSeconds(Math.Min(request["timeout"]?.GetValue<int>() ?? 0, 30));
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (offset is { } confirmed)
                    _pending.RemoveAll(u => u.Id < confirmed);
                if (_pending.Count > 0)
                    return [.. _pending.OrderBy(u => u.Id).Take(100)];
                changed = _changed.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || aborted.IsCancellationRequested)
                return [];
            await Task.WhenAny(changed, Task.Delay(left, aborted)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void Signal()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.TrySetResult();
    }

    private static async Task<JsonObject> ReadAsync(HttpContext http)
    {
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync();
            var node = new JsonObject();
            foreach (var (key, value) in form)
                node[key] = value.ToString();
            return node;
        }
        if (http.Request.ContentLength is 0 or null && !http.Request.Headers.TransferEncoding.Any())
            return [];
        return (await JsonNode.ParseAsync(http.Request.Body))?.AsObject() ?? [];
    }

    private static async Task WriteAsync(HttpContext http, int status, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body);
    }
}
