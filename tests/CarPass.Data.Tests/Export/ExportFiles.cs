using System.IO.Compression;
using System.Text;
using CsvHelper;

namespace CarPass.Data.Tests.Export;

/// <summary>Reads an exported ZIP back the way a user's tools would: unzip, then parse each CSV with CsvHelper.</summary>
public static class ExportFiles
{
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

    /// <summary>Every data row of a CSV file as column name → text.</summary>
    public static List<Dictionary<string, string>> Rows(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { Separator = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i)));
        return rows;
    }

    public static string[] Header(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { Separator = ',' });
        return [.. reader.Headers];
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
