using CarPass.Data.WritePath;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CarPass.Data.Tests.Postgres;

/// <summary>Which PostgreSQL failures mean "someone else wrote first, plan again".</summary>
public sealed class WriteConflictsTests
{
    [Theory]
    [InlineData("23505", true)]
    [InlineData("40001", true)]
    [InlineData("40P01", true)]
    [InlineData("23503", false)]
    [InlineData("22001", false)]
    public void A_failed_save_is_a_conflict_only_for_a_taken_key_a_serialization_failure_or_a_deadlock(
        string sqlState,
        bool conflict
    )
    {
        var save = new DbUpdateException("save failed", new PostgresException("failed", "ERROR", "ERROR", sqlState));

        Assert.Equal(conflict, WriteConflicts.IsConflict(save));
        Assert.Equal(conflict, WriteConflicts.IsConflict(new InvalidOperationException("transient", save)));
    }

    [Fact]
    public void Other_failures_are_not_conflicts() =>
        Assert.False(WriteConflicts.IsConflict(new InvalidOperationException("The process died here.")));
}
