using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// A Bot API server on 127.0.0.1 for the bot benchmark, adapted from the bot tests' fake
/// (tests/CarPass.Bot.Tests/Fake/FakeBotApi.cs): long-polled getUpdates honouring offset and
/// timeout, sendMessage/editMessageText returning messages. A copy rather than a reference, because
/// that one lives in an xunit test project; this one drops fault injection and keeps of what was
/// sent only counts and each sendMessage's arrival (time, chat, text), so it stays cheap under load.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:BENCH-token";
    private const long BotId = 123456;

    private readonly object _gate = new();
    private readonly List<Update> _pending = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private int _nextMessageId = 5000;
    private int _replies;
    private readonly ConcurrentQueue<SentMessage> _sent = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>Messages sent or edited and callback answers, since the start.</summary>
    public int Replies => Volatile.Read(ref _replies);

    /// <summary>Every sendMessage since the start, as it arrived.</summary>
    public IReadOnlyCollection<SentMessage> Sent => _sent;

    public static async Task<FakeBotApi> StartAsync()
    {
        var api = new FakeBotApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        api._app = builder.Build();
        api._app.Map("/bot{token}/{method}", (HttpContext http, string method) => api.HandleAsync(http, method));
        await api._app.StartAsync();
        api.BaseUrl = api._app.Urls.First();
        return api;
    }

    public void Enqueue(IEnumerable<Update> updates)
    {
        lock (_gate)
            _pending.AddRange(updates);
        Signal();
    }

    public async ValueTask DisposeAsync()
    {
        Signal();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http, string method)
    {
        var arrived = Stopwatch.GetTimestamp();
        var request = await BotRequest.ReadAsync(http.Request);
        http.Response.ContentType = "application/json";
        switch (method)
        {
            case "sendMessage":
                _sent.Enqueue(new SentMessage(arrived, request.ChatId ?? 0, request.Text ?? ""));
                Count();
                await WriteMessageAsync(http, request, Interlocked.Increment(ref _nextMessageId));
                break;
            case "editMessageText":
                Count();
                await WriteMessageAsync(http, request, request.MessageId ?? 0);
                break;
            // Taking an answered question's buttons away is not a reply of its own.
            case "editMessageReplyMarkup":
                await WriteMessageAsync(http, request, request.MessageId ?? 0);
                break;
            case "answerCallbackQuery":
                Count();
                await http.Response.WriteAsync("""{"ok":true,"result":true}""");
                break;
            case "getUpdates":
                await WriteResultAsync(http, await GetUpdatesAsync(request, http.RequestAborted));
                break;
            case "getMe":
                await WriteResultAsync(
                    http,
                    new User
                    {
                        Id = BotId,
                        IsBot = true,
                        FirstName = "CarPass",
                    }
                );
                break;
            default:
                await http.Response.WriteAsync("""{"ok":true,"result":true}""");
                break;
        }
    }

    private void Count() => Interlocked.Increment(ref _replies);

    private static Task WriteResultAsync(HttpContext http, object result) =>
        http.Response.WriteAsync(JsonSerializer.Serialize(new { ok = true, result }, JsonBotAPI.Options));

    /// <summary>The message Telegram answers a send or an edit with, written field by field.</summary>
    private static async Task WriteMessageAsync(HttpContext http, BotRequest request, int messageId)
    {
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteBoolean("ok", true);
        json.WriteStartObject("result");
        json.WriteNumber("message_id", messageId);
        json.WriteNumber("date", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        json.WriteStartObject("chat");
        json.WriteNumber("id", request.ChatId ?? 0);
        json.WriteString("type", "private");
        json.WriteEndObject();
        json.WriteStartObject("from");
        json.WriteNumber("id", BotId);
        json.WriteBoolean("is_bot", true);
        json.WriteString("first_name", "CarPass");
        json.WriteEndObject();
        if (request.Text is { } text)
            json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    /// <summary>Like Telegram: updates below the offset are confirmed and dropped; an empty queue waits.</summary>
    private async Task<Update[]> GetUpdatesAsync(BotRequest request, CancellationToken aborted)
    {
        var offset = request.Offset;
        var limit = request.Limit ?? 100;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(Math.Min(request.Timeout ?? 0, 30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (offset is { } confirmed)
                    _pending.RemoveAll(u => u.Id < confirmed);
                if (_pending.Count > 0)
                    return [.. _pending.Take(limit)];
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
}
