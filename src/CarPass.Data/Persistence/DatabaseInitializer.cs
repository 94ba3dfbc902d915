using CarPass.Data.Achievements;
using CarPass.Domain.Achievements;
using CarPass.Domain.Texts;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Persistence;

/// <summary>
/// Brings the database to the current schema and the achievement catalogue up to date; a SQLite
/// database and its -wal/-shm are made owner-only first.
/// </summary>
public sealed class DatabaseInitializer(CarPassDbContext db, TimeProvider clock)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        if (db.IsSqlite && db.Database.GetConnectionString() is { } connectionString)
            DataServiceCollectionExtensions.RestrictSqliteFiles(connectionString);
        await db.Database.MigrateAsync(ct);
        await SyncAchievementCatalogueAsync(ct);
    }

    /// <summary>
    /// Adds catalogue entries that are new in code and refreshes their descriptions; an operator's
    /// choice to deactivate an entry (is_active) is kept.
    /// </summary>
    private async Task SyncAchievementCatalogueAsync(CancellationToken ct)
    {
        var existing = await db.Achievements.ToDictionaryAsync(a => a.Code, ct);
        foreach (var definition in AchievementCatalogue.Default)
        {
            if (!existing.TryGetValue(definition.Code, out var row))
            {
                row = new Achievement
                {
                    Code = definition.Code,
                    IsActive = definition.IsActive,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                db.Achievements.Add(row);
            }
            row.Scope = definition.Scope;
            row.Criteria = definition.Criteria;
            row.Icon = definition.Icon;
            row.Category = definition.Category;
            row.Title = TextCatalog.Get(Language.En, $"achievement.{definition.Code}.title");
            row.Description = TextCatalog.Get(Language.En, $"achievement.{definition.Code}.description");
        }
        await db.SaveChangesAsync(ct);
    }
}
