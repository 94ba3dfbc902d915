using CarPass.Data.Persistence;
using Microsoft.Data.Sqlite;

namespace CarPass.Host.Cli;

/// <summary>
/// `backup &lt;file&gt; [--overwrite]`: a consistent copy of the SQLite database, taken while the host
/// runs with SQLite's online backup API (one step, so the copy is one snapshot; writers go on, WAL
/// readers never block them). The copy is written 0600 beside its final name and moved there only
/// when complete and checked, so an interrupted backup never leaves a half file or destroys an older
/// one. Restore: README "Backup and restore".
/// </summary>
internal static class BackupVerb
{
    public const string Name = "backup";
    private const string FileKey = "Backup:File";
    private const string OverwriteKey = "Backup:Overwrite";

    public static string[] ToHostArgs(string[] args) =>
        [
            .. args.Select(a =>
                a switch
                {
                    "--overwrite" => $"--{OverwriteKey}=true",
                    _ when a.StartsWith("--", StringComparison.Ordinal) => a,
                    _ => $"--{FileKey}={a}",
                }
            ),
        ];

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (
            string.Equals(
                configuration["Storage:Provider"],
                StorageRegistration.Postgres,
                StringComparison.OrdinalIgnoreCase
            )
        )
            return await FailAsync(
                "backup copies the SQLite database; on PostgreSQL use pg_dump (pg_dump --format=custom --file=carpass.dump <database>) and pg_restore."
            );
        if (configuration[FileKey] is not { Length: > 0 } file)
            return await FailAsync("usage: backup <file> [--overwrite]", 2);
        var source =
            configuration.GetConnectionString("CarPass") ?? DataServiceCollectionExtensions.DefaultConnectionString;
        if (
            DataServiceCollectionExtensions.SqliteFile(source) is not { } database
            || !File.Exists(database)
            || new FileInfo(database).Length == 0
        )
            return await FailAsync("There is no database file to back up (ConnectionStrings:CarPass).");
        var target = Path.GetFullPath(file);
        if (target == database)
            return await FailAsync("The backup cannot replace the database itself.");
        if (File.Exists(target) && !configuration.GetValue<bool>(OverwriteKey))
            return await FailAsync($"{target} exists; add --overwrite to replace it.");
        OwnerOnly.EnsureFolder(Path.GetDirectoryName(target)!);
        var partial = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            await CopyAsync(source, partial, ct);
            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var leftover in new[] { partial, partial + "-journal" })
                File.Delete(leftover);
        }
        await output.WriteLineAsync($"Backed up {database} to {target} ({new FileInfo(target).Length:N0} bytes).");
        return 0;
    }

    private static async Task CopyAsync(string source, string partial, CancellationToken ct)
    {
        OwnerOnly.EnsureFile(partial);
        await using var from = new SqliteConnection(
            new SqliteConnectionStringBuilder(source) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()
        );
        await using var to = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()
        );
        await from.OpenAsync(ct);
        await to.OpenAsync(ct);
        from.BackupDatabase(to);
        await using var check = to.CreateCommand();
        check.CommandText = "PRAGMA quick_check";
        if (await check.ExecuteScalarAsync(ct) is not "ok")
            throw new InvalidOperationException("The backup copy failed SQLite's quick_check; nothing was written.");
    }

    private static async Task<int> FailAsync(string message, int exitCode = 1)
    {
        await Console.Error.WriteLineAsync(message);
        return exitCode;
    }
}
