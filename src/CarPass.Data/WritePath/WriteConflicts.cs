using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.WritePath;

/// <summary>
/// Failures that mean "someone else wrote first", not "this is wrong": a stale concurrency token,
/// or on PostgreSQL a unique key taken meanwhile, a serialization failure or a deadlock (two writers
/// inserting the same keys in different orders: one of them is rolled back and plans again). SQLite serializes
/// writers, so there a constraint failure is a real error and is not retried.
/// </summary>
public static class WriteConflicts
{
    private const string UniqueViolation = "23505";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    public static bool IsConflict(Exception e) =>
        e switch
        {
            DbUpdateConcurrencyException => true,
            DbUpdateException { InnerException: DbException { SqlState: var state } } => state
                is UniqueViolation
                    or SerializationFailure
                    or DeadlockDetected,
            // Npgsql's execution strategy reports a transient failure (a deadlock, a serialization
            // failure) inside a transaction wrapped in an InvalidOperationException.
            InvalidOperationException { InnerException: DbUpdateException inner } => IsConflict(inner),
            _ => false,
        };
}
