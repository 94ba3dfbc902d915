using System.Text.Json;
using CarPass.Bot.Loop;
using CarPass.Data.Bot;
using CarPass.Data.Leases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bot.Webhook;

/// <summary>
/// Applies recorded webhook updates. A chat is leased to one instance at a time and its updates
/// run in update_id order; different chats run side by side, on any instance.
/// </summary>
public sealed class InboxWorker(
    IServiceScopeFactory scopes,
    UpdateDispatcher dispatcher,
    InboxSignal signal,
    InstanceIdentity instance,
    ILogger<InboxWorker> logger
) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var chats = await InScopeAsync(store => store.ChatsWithWorkAsync(32, stoppingToken));
                await Task.WhenAll(chats.Select(chat => DrainChatAsync(chat, stoppingToken)));
                backoff.Reset();
                if (chats.Count == 0)
                    await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                var delay = backoff.Next();
                logger.LogWarning(e, "Webhook inbox failed; retrying in {Delay}", delay);
                await signal.WaitAsync(delay, stoppingToken);
            }
        }
    }

    private async Task DrainChatAsync(long chatId, CancellationToken ct)
    {
        if (!await InScopeAsync(store => store.TryLeaseAsync(chatId, instance.Id, ct)))
            return;
        try
        {
            List<InboundUpdate> pending;
            while ((pending = await InScopeAsync(store => store.PendingAsync(chatId, ct))).Count > 0)
            {
                foreach (var inbound in pending)
                {
                    var update = JsonSerializer.Deserialize<Update>(inbound.PayloadJson, JsonBotAPI.Options)!;
                    await dispatcher.ProcessAsync(update, ct);
                    await InScopeAsync(async store =>
                    {
                        await store.MarkProcessedAsync(inbound.UpdateId, ct);
                        return true;
                    });
                }
                await InScopeAsync(store => store.TryLeaseAsync(chatId, instance.Id, ct));
            }
        }
        finally
        {
            await InScopeAsync(async store =>
            {
                await store.ReleaseAsync(chatId, instance.Id, CancellationToken.None);
                return true;
            });
        }
    }

    private async Task<T> InScopeAsync<T>(Func<InboxStore, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InboxStore>());
    }
}
