using System.Collections.Concurrent;
using CarPass.Bot.Replies;
using CarPass.Bot.Setup;
using CarPass.Data.Notifications;
using CarPass.Data.Users;
using CarPass.Domain.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Notifications;

/// <summary>
/// Drains the outbox: claims due rows, then sends each chat's rows in order in its own lane, with
/// lanes side by side under the pacer's global and per-chat limits. A row is marked the moment
/// Telegram accepts it; a crash between the two is the one window in which a nudge can go twice
/// (its claim expires and another run sends it again), see docs/NOTIFICATIONS.md.
/// </summary>
public sealed class NudgeSender(
    IServiceScopeFactory scopes,
    NudgeBotClient bot,
    SendPacer pacer,
    TimeProvider clock,
    IOptions<NotificationOptions> options,
    IOptions<TelegramOptions> telegram,
    ILogger<NudgeSender> logger
)
{
    public async Task<SendSummary> DrainAsync(CancellationToken ct)
    {
        if (!telegram.Value.IsEnabled)
            return new SendSummary(new Dictionary<DeliveryOutcome, int>(), BotOff: true);
        var worker = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var outcomes = new ConcurrentDictionary<DeliveryOutcome, int>();
        var lanes = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.MaxParallelChats,
            CancellationToken = ct,
        };
        while (await StoreAsync(s => s.ClaimAsync(worker, options.Value.SendBatchSize, ct)) is { Count: > 0 } batch)
        {
            await Parallel.ForEachAsync(
                batch.GroupBy(n => n.ChatId),
                lanes,
                async (chat, token) =>
                {
                    foreach (var outcome in await DeliverChatAsync(worker, [.. chat], token))
                        outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                }
            );
        }
        return new SendSummary(outcomes);
    }

    /// <summary>
    /// Sends these rows now if they are due (a request's first notice, right after the write that
    /// queued it commits); a row in quiet hours, or one another sender holds, is left to the job.
    /// </summary>
    public async Task SendNowAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0 || !telegram.Value.IsEnabled)
            return;
        var worker = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var claimed = await StoreAsync(s => s.ClaimAsync(worker, ids.Count, ct, ids));
        foreach (var chat in claimed.GroupBy(n => n.ChatId))
            await DeliverChatAsync(worker, [.. chat], ct);
    }

    /// <summary>One chat's rows, in order; after a 403 the rest are dropped, the user having blocked the bot (or never started it).</summary>
    private async Task<List<DeliveryOutcome>> DeliverChatAsync(
        string worker,
        List<ClaimedNudge> rows,
        CancellationToken ct
    )
    {
        var outcomes = new List<DeliveryOutcome>();
        foreach (var row in rows)
        {
            if (outcomes.Contains(DeliveryOutcome.Blocked))
            {
                await StoreAsync(s => s.SkipAsync(row.Nudge.Id, worker, "blocked_bot", ct));
                outcomes.Add(DeliveryOutcome.Skipped);
                continue;
            }
            outcomes.Add(await DeliverAsync(worker, row, ct));
        }
        return outcomes;
    }

    private async Task<DeliveryOutcome> DeliverAsync(string worker, ClaimedNudge row, CancellationToken ct)
    {
        var id = row.Nudge.Id;
        var check = NotificationPolicy.AtSend(
            row.Nudge.Kind,
            row.Nudge.Payload.ServiceCenterId,
            row.Owner,
            row.StillRelevant,
            Now
        );
        if (check.Verdict == SendVerdict.Skip)
            return await StoreAsync(s => s.SkipAsync(id, worker, check.Reason!, ct), DeliveryOutcome.Skipped);
        if (check.Verdict == SendVerdict.Defer)
            return await StoreAsync(
                s => s.ReleaseAsync(id, worker, check.Until!.Value, null, failed: false, ct),
                DeliveryOutcome.Deferred
            );
        if (await RenderAsync(row, ct) is not { } message)
            return await StoreAsync(s => s.SkipAsync(id, worker, "resolved", ct), DeliveryOutcome.Skipped);
        while (true)
        {
            var slot = await pacer.WaitTurnAsync(row.ChatId, ct);
            try
            {
                await bot.Client.SendMessage(
                    row.ChatId,
                    message.Html.Markup,
                    ParseMode.Html,
                    replyMarkup: message.Keyboard,
                    cancellationToken: ct
                );
                pacer.Done(slot);
                return await StoreAsync(s => s.MarkSentAsync(id, worker, ct), DeliveryOutcome.Sent);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                pacer.Done(slot);
                var wait = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
                pacer.PauseChat(row.ChatId, wait);
                if (wait <= TimeSpan.FromSeconds(options.Value.MaxInlineWaitSeconds))
                    continue;
                return await StoreAsync(
                    s => s.ReleaseAsync(id, worker, Now + wait, "429", failed: false, ct),
                    DeliveryOutcome.Deferred
                );
            }
            catch (ApiRequestException e) when (Unreachable.Is(e))
            {
                logger.LogInformation(
                    "Chat {ChatId} refuses the bot ({Reason}); no more nudges go to it",
                    row.ChatId,
                    e.Message
                );
                await MarkUnreachableAsync(row.ChatId, ct);
                return await StoreAsync(s => s.SkipAsync(id, worker, "blocked_bot", ct), DeliveryOutcome.Blocked);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400)
            {
                logger.LogWarning("Telegram refused nudge {NudgeId}: {Reason}", id, e.Message);
                return await StoreAsync(s => s.FailAsync(id, worker, e.Message, ct), DeliveryOutcome.Failed);
            }
            catch (Exception e)
                when (e is RequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
            {
                logger.LogWarning(e, "Nudge {NudgeId} could not be sent; it will be tried again", id);
                var backoff = TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, row.Nudge.Attempts - 1)));
                return await StoreAsync(
                    s => s.ReleaseAsync(id, worker, Now + backoff, e.Message, failed: true, ct),
                    DeliveryOutcome.Retrying
                );
            }
            finally
            {
                pacer.Done(slot);
            }
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<RenderedNudge?> RenderAsync(ClaimedNudge row, CancellationToken ct)
    {
        if (!RequestNoticeComposer.Composes(row.Nudge))
            return NudgeRenderer.Render(row);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RequestNoticeComposer>().ComposeAsync(row, ct);
    }

    private async Task MarkUnreachableAsync(long chatId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BotReachability>().MarkUnreachableAsync(chatId, ct);
    }

    /// <summary>Each lane writes through its own short-lived scope: a DbContext serves one caller at a time.</summary>
    private async Task<T> StoreAsync<T>(Func<OutboxStore, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OutboxStore>());
    }

    private async Task<DeliveryOutcome> StoreAsync(Func<OutboxStore, Task> work, DeliveryOutcome outcome = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<OutboxStore>());
        return outcome;
    }
}
