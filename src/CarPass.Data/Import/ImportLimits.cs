namespace CarPass.Data.Import;

/// <summary>What one import may hold. A file over these is refused whole, before anything is read into the database.</summary>
public static class ImportLimits
{
    /// <summary>Checked from the size Telegram announces, before the download, and again while downloading.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Years of weekly fills fit many times over.</summary>
    public const int MaxRows = 5_000;

    /// <summary>A ZIP may hold a few files (one CSV, and what archivers add); more is not an export.</summary>
    public const int MaxZipEntries = 10;

    /// <summary>What a ZIP may unpack to, counted while unpacking (the sizes an archive declares can lie).</summary>
    public const int MaxUnpackedBytes = 4 * 1024 * 1024;

    /// <summary>How long a checked file waits for the owner's tap.</summary>
    public static readonly TimeSpan PendingFor = TimeSpan.FromHours(1);
}
