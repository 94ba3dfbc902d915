using CarPass.Data.Persistence;
using CarPass.Domain.Achievements;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Achievements;

/// <summary>
/// The active catalogue entries with their definitions, which every recompute evaluates. The
/// catalogue changes only when a host starts (entries new in code) or when an operator deactivates an
/// entry by hand, so it is read at most once a minute per database instead of inside every write:
/// a deactivation takes effect within <see cref="MaxAge"/>.
/// </summary>
public sealed class ActiveBadges(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private static readonly CompiledPerModel<Func<CarPassDbContext, IAsyncEnumerable<Achievement>>> Active = new(() =>
        EF.CompileAsyncQuery((CarPassDbContext db) => db.Achievements.AsNoTracking().Where(a => a.IsActive))
    );

    private volatile Read? _last;

    public async Task<IReadOnlyList<ActiveBadge>> ListAsync(CarPassDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var database = db.Database.GetConnectionString();
        if (_last is { } last && last.Database == database && now - last.At < MaxAge)
            return last.Badges;
        var badges = (await Active.For(db)(db).ToListAsync(ct))
            .Select(a => new ActiveBadge(
                a,
                new AchievementDefinition(a.Code, a.Scope, a.Criteria, a.Icon, a.Category, a.IsActive)
            ))
            .ToList();
        // An empty catalogue is not kept: it is one the host has not written yet.
        if (badges.Count > 0)
            _last = new Read(database, now, badges);
        return badges;
    }

    private sealed record Read(string? Database, DateTimeOffset At, IReadOnlyList<ActiveBadge> Badges);
}

/// <summary>A catalogue row (its id is what an unlock points at) and the definition the evaluator reads.</summary>
public sealed record ActiveBadge(Achievement Row, AchievementDefinition Definition);
