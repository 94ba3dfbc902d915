namespace CarPass.Data.Persistence;

/// <summary>
/// Files and folders only their owner may read: the database, its -wal/-shm, backups and the
/// data-protection keys hold everything CarPass knows. SQLite gives a new -wal, -shm or journal the
/// mode of its database file, so a database created 0600 keeps its companions 0600 too. No-ops on
/// Windows, where folders carry ACLs instead.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder 0700 when it is missing; an existing folder keeps its mode (it may be shared, like the working directory).</summary>
    public static void EnsureFolder(string folder)
    {
        if (Directory.Exists(folder))
            return;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, FolderMode);
    }

    /// <summary>A folder of our own (keys): created 0700, and brought back to 0700 if someone widened it.</summary>
    public static void EnsureOwnFolder(string folder)
    {
        EnsureFolder(folder);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, FolderMode);
    }

    /// <summary>Creates an empty file 0600 when it is missing, and makes an existing one 0600.</summary>
    public static void EnsureFile(string path)
    {
        if (!File.Exists(path))
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = FileMode;
            try
            {
                using var created = new FileStream(path, options);
                return;
            }
            catch (IOException) when (File.Exists(path)) { } // created meanwhile by someone else: restrict it below
        }
        Restrict(path);
    }

    /// <summary>Makes an existing file 0600; a missing one is left missing.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
            File.SetUnixFileMode(path, FileMode);
    }
}
