using CarPass.Bot.Updates;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace CarPass.Bot.Loop;

/// <summary>Runs one update in its own scope (its own DbContext and transaction).</summary>
public sealed class UpdateDispatcher(IServiceScopeFactory scopes)
{
    public Task ProcessAsync(Update update, CancellationToken ct) => ProcessAsync(update, null, ct);

    /// <param name="turns">Taken for the update's database work; null: no limit here (the webhook inbox).</param>
    public async Task ProcessAsync(Update update, UpdateTurns? turns, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UpdateProcessor>().ProcessAsync(update, turns, ct);
    }
}
