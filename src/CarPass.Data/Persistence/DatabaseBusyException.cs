namespace CarPass.Data.Persistence;

/// <summary>This process's writers queued longer than the busy timeout: the database is busy, nothing is wrong with the work.</summary>
public sealed class DatabaseBusyException(string message) : TimeoutException(message);
