using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

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
        var request = await ReadAsync(http);
        if (method == "sendMessage")
            _sent.Enqueue(
                new SentMessage(arrived, request["chat_id"]!.GetValue<long>(), request["text"]!.GetValue<string>())
            );
        object? result = method switch
        {
            "getUpdates" => await GetUpdatesAsync(request, http.RequestAborted),
            "getMe" => new User
            {
                Id = BotId,
                IsBot = true,
                FirstName = "CarPass",
            },
            "sendMessage" => Reply(request, Interlocked.Increment(ref _nextMessageId)),
            "editMessageText" => Reply(request, request["message_id"]!.GetValue<int>()),
            // Taking an answered question's buttons away is not a reply of its own.
            "editMessageReplyMarkup" => MessageOf(request, request["message_id"]!.GetValue<int>()),
            "answerCallbackQuery" => Count(),
            _ => true,
        };
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(JsonSerializer.Serialize(new { ok = true, result }, JsonBotAPI.Options));
    }

    private bool Count()
    {
        Interlocked.Increment(ref _replies);
        return true;
    }

    private Message Reply(JsonObject request, int messageId)
    {
        Count();
        return MessageOf(request, messageId);
    }

    private static Message MessageOf(JsonObject request, int messageId) =>
        new Message
        {
            Id = messageId,
            Date = DateTime.UtcNow,
            Chat = new Chat { Id = request["chat_id"]!.GetValue<long>(), Type = ChatType.Private },
            From = new User
            {
                Id = BotId,
                IsBot = true,
                FirstName = "CarPass",
            },
            Text = request["text"]?.GetValue<string>(),
        };

    /// <summary>Like Telegram: updates below the offset are confirmed and dropped; an empty queue waits.</summary>
    private async Task<Update[]> GetUpdatesAsync(JsonObject request, CancellationToken aborted)
    {
        var offset = request["offset"]?.GetValue<int>();
        var limit = request["limit"]?.GetValue<int>() ?? 100;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(Math.Min(request["timeout"]?.GetValue<int>() ?? 0, 30));
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
}
