using System.IO.Compression;
using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.DataFiles;

/// <summary>Helpers of the export and import chats: the sample files, ZIPs, and the records a passport holds.</summary>
public static class DataFileWorld
{
    public static byte[] Sample(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "import", name));

    public static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(
            e => e.FullName,
            e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }
        );
    }

    public static byte[] Zip(string name, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open())
            entry.Write(content);
        return buffer.ToArray();
    }

    /// <summary>Fills, services and odometer readings of every passport, with the audit log: what an import could change.</summary>
    public static Task<(int Fuel, int Service, int Odometer, int Audit)> RecordsAsync(BotWorld world) =>
        world.DbAsync(async db =>
            (
                await db.FuelEntries.CountAsync(),
                await db.ServiceEntries.CountAsync(),
                await db.OdometerReadings.CountAsync(),
                await db.AuditLog.CountAsync()
            )
        );
}
