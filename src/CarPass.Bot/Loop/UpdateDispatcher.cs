using CarPass.Bot.Updates;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace CarPass.Bot.Loop;

/// <summary>Runs one update in its own scope (its own DbContext and transaction).</summary>
public sealed class UpdateDispatcher(IServiceScopeFactory scopes)
{
    public async Task ProcessAsync(Update update, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UpdateProcessor>().ProcessAsync(update, ct);
    }

    /// <summary>The chat whose updates must run in order (a callback without a message: its sender).</summary>
    public static long ChatKey(Update u) =>
        u.Message?.Chat.Id ?? u.CallbackQuery?.Message?.Chat.Id ?? u.CallbackQuery?.From.Id ?? u.Id;
}
