using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.WritePath;

/// <summary>
/// Failures that mean "someone else wrote first", not "this is wrong": a stale concurrency token,
/// or on PostgreSQL a unique key taken meanwhile or a serialization failure. SQLite serializes
/// writers, so there a constraint failure is a real error and is not retried.
/// </summary>
public static class WriteConflicts
{
    private const string UniqueViolation = "23505";
    private const string SerializationFailure = "40001";

    public static bool IsConflict(DbUpdateException e) =>
        e is DbUpdateConcurrencyException
        || e.InnerException is DbException { SqlState: UniqueViolation or SerializationFailure };
}
