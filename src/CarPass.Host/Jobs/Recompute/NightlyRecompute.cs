using CarPass.Data.Scores;

namespace CarPass.Host.Jobs.Recompute;

/// <summary>
/// Refreshes every stored score through the same recompute use case as the internal API, for
/// whatever the event-driven path missed (time passing turns reminders overdue with no write at
/// all). The use case commits batch by batch, so the bot's writes are never held up for long.
/// </summary>
public sealed class NightlyRecompute(RecomputeUseCases recompute)
{
    public async Task<(int Vehicles, int Centres)> RunAsync(CancellationToken ct)
    {
        var outcome = await recompute.RecomputeAsync(new RecomputeTargets([], [], [], All: true), ct);
        if (outcome.Value is not { } summary)
            throw new InvalidOperationException($"Recompute refused: {outcome.Error}");
        return (summary.Vehicles, summary.ServiceCenters);
    }
}
