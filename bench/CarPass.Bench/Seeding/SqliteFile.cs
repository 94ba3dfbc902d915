using Microsoft.Data.Sqlite;

namespace CarPass.Bench.Seeding;

/// <summary>A row's SQLite file in the work folder: absent when the row starts, deleted with its WAL after.</summary>
public static class SqliteFile
{
    public static string Fresh(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        Delete(path);
        return path;
    }

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");
    }
}
