using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Users;

/// <summary>
/// The whole user row by Telegram id, untracked: every bot update reads it to know who writes. On
/// SQLite a statement kept prepared per connection (<see cref="KeptStatement"/>), elsewhere a
/// compiled query. The columns are the model's; a test compares this read with EF Core's.
/// </summary>
public static class UserRows
{
    private static readonly KeptStatement ByTelegramId = new(
        """
        SELECT id, first_name, last_name, username, language, time_zone, is_service_staff, is_operator,
            blocked_bot_at, created_at, updated_at, notifications_maintenance_due_soon,
            notifications_maintenance_overdue, notifications_profile_milestones,
            notifications_verified_service_news, notifications_quiet_hours_start, notifications_quiet_hours_end
        FROM users WHERE telegram_id = ?1 LIMIT 1
        """
    );

    private static readonly CompiledPerModel<Func<CarPassDbContext, long, CancellationToken, Task<User?>>> Compiled =
        new(() =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, long telegramId, CancellationToken ct) =>
                    db.Users.AsNoTracking().FirstOrDefault(u => u.TelegramId == telegramId)
            )
        );

    public static Task<User?> FindAsync(CarPassDbContext db, long telegramId, CancellationToken ct) =>
        db.IsSqlite
            ? KeptStatement.OnConnectionAsync(
                db,
                connection =>
                {
                    using var use = ByTelegramId.Start(connection);
                    use.Bind(1, telegramId);
                    return use.Read() ? Read(use, telegramId) : null;
                },
                ct
            )
            : Compiled.For(db)(db, telegramId, ct);

    private static User Read(KeptStatement.Use row, long telegramId) =>
        new()
        {
            Id = row.Guid(0),
            TelegramId = telegramId,
            FirstName = row.Text(1),
            LastName = row.IsNull(2) ? null : row.Text(2),
            Username = row.IsNull(3) ? null : row.Text(3),
            Language = row.Text(4),
            TimeZone = row.Text(5),
            IsServiceStaff = row.Int64(6) != 0,
            IsOperator = row.Int64(7) != 0,
            BlockedBotAt = row.IsNull(8) ? null : SqliteTimeText.Read(row.Text(8)),
            CreatedAt = SqliteTimeText.Read(row.Text(9)),
            UpdatedAt = SqliteTimeText.Read(row.Text(10)),
            Notifications = new NotificationPreferences
            {
                MaintenanceDueSoon = row.Int64(11) != 0,
                MaintenanceOverdue = row.Int64(12) != 0,
                ProfileMilestones = row.Int64(13) != 0,
                VerifiedServiceNews = row.Int64(14) != 0,
                QuietHoursStart = (int)row.Int64(15),
                QuietHoursEnd = (int)row.Int64(16),
            },
        };
}
