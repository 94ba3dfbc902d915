using System.Collections.Concurrent;
using CarPass.Bot.Loop;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bot.Tests.Loop;

/// <summary>The update loop on its own: the real bot client against the fake Bot API, handlers supplied by the test.</summary>
public sealed class UpdatePumpTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly UpdateFactory _updates = new();
    private FakeBotApi _api = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_slow_update_holds_up_only_its_own_chat()
    {
        var slowStarted = new TaskCompletionSource();
        var slowMayEnd = new TaskCompletionSource();
        var handled = new ConcurrentQueue<string>();
        var slow = Deliver(1, "slow");
        var pump = new UpdatePump(
            _bot,
            async (update, ct) =>
            {
                if (update.Id == slow.Id)
                {
                    slowStarted.SetResult();
                    await slowMayEnd.Task.WaitAsync(ct);
                }
                handled.Enqueue(update.Message!.Text!);
            },
            parallel: 4
        );
        using var stop = new CancellationTokenSource(Patience);
        var running = pump.RunAsync(1, stop.Token);
        await slowStarted.Task.WaitAsync(Patience);

        var fast = Deliver(2, "fast");
        await Until(() => handled.Contains("fast"));
        await Until(() => pump.Offset == slow.Id);
        Assert.DoesNotContain("slow", handled);

        slowMayEnd.SetResult();
        await Until(() => handled.Contains("slow"));
        await Until(() => pump.Offset > fast.Id);
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_chats_updates_run_in_order_even_when_fetched_apart()
    {
        var handled = new ConcurrentQueue<string>();
        var firstMayEnd = new TaskCompletionSource();
        var first = Deliver(1, "1");
        var pump = new UpdatePump(
            _bot,
            async (update, ct) =>
            {
                if (update.Id == first.Id)
                    await firstMayEnd.Task.WaitAsync(ct);
                handled.Enqueue(update.Message!.Text!);
            },
            parallel: 4
        );
        using var stop = new CancellationTokenSource(Patience);
        var running = pump.RunAsync(1, stop.Token);
        await Task.Delay(100);
        Deliver(1, "2");
        Deliver(1, "3");
        await Task.Delay(100);

        firstMayEnd.SetResult();
        await Until(() => handled.Count == 3);
        await stop.CancelAsync();
        await running;

        Assert.Equal(["1", "2", "3"], handled);
    }

    [Fact]
    public async Task A_failed_update_is_not_skipped_nor_overtaken_by_the_next_in_its_chat()
    {
        var failures = 0;
        var seen = new ConcurrentDictionary<int, bool>();
        var handled = new ConcurrentQueue<string>();
        var failed = Deliver(1, "fails once");
        Deliver(1, "after it");
        Deliver(2, "elsewhere");
        var pump = new UpdatePump(
            _bot,
            (update, _) =>
            {
                if (update.Id == failed.Id && Interlocked.Increment(ref failures) == 1)
                    throw new InvalidOperationException("the database is down");
                // Like the real handler, a repeat changes nothing.
                if (seen.TryAdd(update.Id, true))
                    handled.Enqueue(update.Message!.Text!);
                return Task.CompletedTask;
            },
            parallel: 4
        );

        using var stop = new CancellationTokenSource(Patience);
        await Assert.ThrowsAsync<InvalidOperationException>(() => pump.RunAsync(1, stop.Token));
        Assert.DoesNotContain("after it", handled);
        Assert.True(pump.Offset <= failed.Id, "the offset stays on the failed update");

        var retry = pump.RunAsync(1, stop.Token);
        await Until(() => handled.Contains("after it"));
        await stop.CancelAsync();
        await retry;

        Assert.Equal(["fails once", "after it"], handled.Where(t => t != "elsewhere"));
        Assert.Contains("elsewhere", handled);
    }

    [Fact]
    public async Task No_more_updates_than_allowed_are_handled_at_once()
    {
        var now = 0;
        var most = 0;
        var done = 0;
        for (var chat = 1; chat <= 12; chat++)
            Deliver(chat, "hi");
        var pump = new UpdatePump(
            _bot,
            async (_, ct) =>
            {
                var current = Interlocked.Increment(ref now);
                InterlockedMax(ref most, current);
                await Task.Delay(30, ct);
                Interlocked.Decrement(ref now);
                Interlocked.Increment(ref done);
            },
            parallel: 3
        );
        using var stop = new CancellationTokenSource(Patience);

        var running = pump.RunAsync(1, stop.Token);
        await Until(() => Volatile.Read(ref done) == 12);
        await stop.CancelAsync();
        await running;

        Assert.Equal(3, most);
    }

    [Fact]
    public async Task Stopping_lets_the_updates_under_way_finish_and_forgets_none()
    {
        var started = new TaskCompletionSource();
        var handled = new ConcurrentQueue<int>();
        var update = Deliver(1, "in flight while stopping");
        var pump = new UpdatePump(
            _bot,
            async (u, _) =>
            {
                started.TrySetResult();
                await Task.Delay(200, CancellationToken.None);
                handled.Enqueue(u.Id);
            },
            parallel: 2
        );
        using var stop = new CancellationTokenSource(Patience);
        var running = pump.RunAsync(1, stop.Token);
        await started.Task.WaitAsync(Patience);

        await stop.CancelAsync();
        await running;

        Assert.Equal([update.Id], handled);
        Assert.Equal(update.Id + 1, pump.Offset);
    }

    [Fact]
    public async Task Between_polls_the_pump_waits_on_the_clock_it_is_given()
    {
        var clock = new FakeTimeProvider();
        var started = new TaskCompletionSource();
        var mayEnd = new TaskCompletionSource();
        Deliver(1, "in flight");
        var pump = new UpdatePump(
            _bot,
            async (_, ct) =>
            {
                started.TrySetResult();
                await mayEnd.Task.WaitAsync(ct);
            },
            parallel: 2,
            clock
        );
        using var stop = new CancellationTokenSource(Patience);
        var running = pump.RunAsync(1, stop.Token);
        await started.Task.WaitAsync(Patience);

        await Task.Delay(UpdatePump.QuietPollInterval * 3);
        var whileTheClockStands = _api.CountCalls("getUpdates");
        clock.Advance(UpdatePump.QuietPollInterval);
        await Until(() => _api.CountCalls("getUpdates") > whileTheClockStands);
        mayEnd.SetResult();
        await stop.CancelAsync();
        await running;

        Assert.Equal(1, whileTheClockStands);
    }

    private Update Deliver(long chat, string text)
    {
        var update = _updates.Text(chat, text);
        _api.Enqueue(update);
        return update;
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The condition did not hold in time");
            await Task.Delay(10);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (
            (seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen
        ) { }
    }
}
