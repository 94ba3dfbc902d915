using System.Text.Json;
using CarPass.Data.Bot;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.BotRecords;

/// <summary>
/// The rows every bot update reads and writes by hand-written SQL on SQLite (<see cref="UserRows"/>,
/// <see cref="ConversationRows"/>, <see cref="HandledUpdates"/>) must read and store exactly what EF
/// Core's own mapping does, so a column added to the model and forgotten here shows up as a failure.
/// </summary>
public sealed class KeptBotRowsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_user_read_by_hand_equals_the_same_user_read_by_EF_Core_field_for_field()
    {
        var user = await _db.UserAsync(4242, "ru", isOperator: true);
        await using (var db = _db.NewContext())
        {
            var row = await db.Users.SingleAsync(u => u.Id == user.Id);
            row.LastName = "Иванов";
            row.Username = "ivanov_42";
            row.TimeZone = "Asia/Yekaterinburg";
            row.IsServiceStaff = true;
            row.BlockedBotAt = TestDatabase.Start.AddMinutes(3).AddTicks(1234);
            row.UpdatedAt = TestDatabase.Start.AddDays(1);
            row.Notifications.MaintenanceOverdue = false;
            row.Notifications.VerifiedServiceNews = false;
            row.Notifications.QuietHoursStart = 22;
            row.Notifications.QuietHoursEnd = 7;
            await db.SaveChangesAsync();
        }

        await using var reader = _db.NewContext();
        var byHand = await UserRows.FindAsync(reader, 4242, default);
        var byEf = await reader.Users.AsNoTracking().SingleAsync(u => u.TelegramId == 4242);

        Assert.NotNull(byHand);
        Assert.Equal(JsonSerializer.Serialize(byEf), JsonSerializer.Serialize(byHand));
        Assert.Equal(DateTimeKind.Utc, byHand.CreatedAt.Kind);
        Assert.Null(await UserRows.FindAsync(reader, 4243, default));
    }

    [Fact]
    public async Task A_conversation_saved_by_hand_reads_back_through_EF_Core_and_is_replaced_not_duplicated()
    {
        var at = TestDatabase.Start.AddSeconds(5).AddTicks(77);
        await using (var db = _db.NewContext())
        {
            var first = new Conversation
            {
                ChatId = 9,
                Flow = "fuel",
                Step = 2,
                DraftJson = """{"a":"1"}""",
                PromptMessageId = 15,
                UpdatedAt = at,
            };
            await ConversationRows.SaveAsync(db, first, default);
            var second = new Conversation
            {
                ChatId = 9,
                Flow = "fuel",
                Step = 3,
                DraftJson = """{"a":"1","b":"2"}""",
                UpdatedAt = at.AddSeconds(1),
            };
            await ConversationRows.SaveAsync(db, second, default);
        }

        await using var reader = _db.NewContext();
        var byEf = await reader.Conversations.AsNoTracking().SingleAsync();
        var byHand = await ConversationRows.FindAsync(reader, 9, default);
        Assert.Equal(3, byEf.Step);
        Assert.Null(byEf.PromptMessageId);
        Assert.Equal(at.AddSeconds(1), byEf.UpdatedAt);
        Assert.Equal(JsonSerializer.Serialize(byEf), JsonSerializer.Serialize(byHand));

        await ConversationRows.DeleteAsync(reader, 9, default);
        Assert.Null(await ConversationRows.FindAsync(reader, 9, default));
        Assert.Equal(0, await reader.Conversations.CountAsync());
    }

    [Fact]
    public async Task An_update_marked_by_hand_is_handled_with_the_time_EF_Core_reads_back()
    {
        var at = TestDatabase.Start.AddMilliseconds(250);
        await using var db = _db.NewContext();
        Assert.False(await HandledUpdates.IsHandledAsync(db, 31, default));

        await HandledUpdates.MarkAsync(db, 31, at, default);

        Assert.True(await HandledUpdates.IsHandledAsync(db, 31, default));
        Assert.Equal(at, (await db.ProcessedUpdates.AsNoTracking().SingleAsync()).ProcessedAt);
        await Assert.ThrowsAnyAsync<Exception>(() => HandledUpdates.MarkAsync(db, 31, at, default));
    }
}
