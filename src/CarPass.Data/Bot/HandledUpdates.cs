using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Bot;

/// <summary>Whether an update has been applied: asked once or twice for every update, so compiled once.</summary>
public static class HandledUpdates
{
    private static readonly CompiledPerModel<Func<CarPassDbContext, long, CancellationToken, Task<bool>>> Handled = new(
        () =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, long updateId, CancellationToken ct) =>
                    db.ProcessedUpdates.Any(p => p.UpdateId == updateId)
            )
    );

    public static Task<bool> IsHandledAsync(CarPassDbContext db, long updateId, CancellationToken ct) =>
        Handled.For(db)(db, updateId, ct);
}
