using System.Globalization;
using CarPass.Data.Persistence;
using CarPass.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Storage;

public sealed class SqliteTimeTextTests
{
    public static TheoryData<long> Times =>
        [
            new DateTime(2026, 6, 15, 10, 0, 0, DateTimeKind.Utc).Ticks,
            new DateTime(2026, 6, 15, 10, 0, 0, 500, DateTimeKind.Utc).Ticks,
            new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).Ticks + 1,
            new DateTime(1999, 12, 31, 0, 0, 7, DateTimeKind.Utc).Ticks + 1_234_567,
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks + 120,
            DateTime.MinValue.Ticks,
            DateTime.MaxValue.Ticks,
        ];

    [Theory]
    [MemberData(nameof(Times))]
    public void A_written_time_reads_back_exactly_and_as_utc(long ticks)
    {
        var time = new DateTime(ticks, DateTimeKind.Utc);

        var read = SqliteTimeText.Read(SqliteTimeText.Write(time));

        Assert.Equal(time, read);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }

    [Theory]
    [MemberData(nameof(Times))]
    public void The_text_is_what_ef_core_and_the_sqlite_driver_write(long ticks)
    {
        var time = new DateTime(ticks, DateTimeKind.Utc);

        Assert.Equal(
            time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            SqliteTimeText.Write(time)
        );
    }

    [Theory]
    [InlineData("2026-03-01T10:20:30Z", "2026-03-01 10:20:30")]
    [InlineData("2026-03-01T10:20:30.25Z", "2026-03-01 10:20:30.25")]
    [InlineData("2026-03-01", "2026-03-01 00:00:00")]
    [InlineData("2026-03-01 12:20:30+02:00", "2026-03-01 10:20:30")]
    public void Other_spellings_of_a_time_still_read_as_utc(string text, string expected)
    {
        var read = SqliteTimeText.Read(text);

        Assert.Equal(DateTimeKind.Utc, read.Kind);
        Assert.Equal(expected, SqliteTimeText.Write(read));
    }

    [Theory]
    [InlineData("2026-02-30 10:00:00")]
    [InlineData("2026-13-01 10:00:00")]
    [InlineData("not a time")]
    public void Text_that_is_not_a_time_is_refused(string text) =>
        Assert.Throws<FormatException>(() => SqliteTimeText.Read(text));

    [Fact]
    public async Task A_time_the_sqlite_driver_wrote_itself_reads_back_through_the_model()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (_, car) = await Garage.OwnerWithCarAsync(db, 7001);
        var written = new DateTime(2025, 11, 3, 8, 15, 42, DateTimeKind.Utc).AddTicks(9_876_543);
        await using (var context = db.NewContext())
            await context.Database.ExecuteSqlAsync($"UPDATE vehicles SET updated_at = {written} WHERE id = {car.Id}");

        var read = await db.ScalarAsync(c =>
            c.Vehicles.Where(v => v.Id == car.Id).Select(v => v.UpdatedAt).SingleAsync()
        );

        Assert.Equal(written, read);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }
}
