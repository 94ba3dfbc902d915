using CarPass.Bot.Updates;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace CarPass.Bot.Loop;

/// <summary>
/// Runs a batch of updates: one chat's updates strictly in order, different chats side by side,
/// each update in its own scope (its own DbContext and transaction).
/// </summary>
public sealed class UpdateDispatcher(IServiceScopeFactory scopes)
{
    public Task DispatchAsync(IReadOnlyList<Update> batch, CancellationToken ct) =>
        Task.WhenAll(batch.GroupBy(ChatKey).Select(chat => RunInOrderAsync(chat, ct)));

    public async Task ProcessAsync(Update update, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UpdateProcessor>().ProcessAsync(update, ct);
    }

    private async Task RunInOrderAsync(IEnumerable<Update> updates, CancellationToken ct)
    {
        foreach (var update in updates.OrderBy(u => u.Id))
            await ProcessAsync(update, ct);
    }

    public static long ChatKey(Update u) =>
        u.Message?.Chat.Id ?? u.CallbackQuery?.Message?.Chat.Id ?? u.CallbackQuery?.From.Id ?? u.Id;
}
