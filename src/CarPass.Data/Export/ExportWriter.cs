using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace CarPass.Data.Export;

/// <summary>
/// Writes an export as a ZIP of CSV files (with a README) or as one JSON document. CSV follows RFC 4180
/// in UTF-8: dates ISO 8601 in UTC, numbers in the invariant culture, and a text cell that a spreadsheet
/// would run as a formula (starting with = + - @, tab or CR) is written with a leading apostrophe.
/// </summary>
public static class ExportWriter
{
    public const string ReadmeFile = "README.md";
    public const int JsonVersion = 1;

    private static readonly CsvWriterOptions Csv = new() { Injection = CsvInjection.Escape };

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static ExportFile Write(ExportBundle bundle, ExportFormat format)
    {
        var stamp = bundle.ExportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return format == ExportFormat.Json
            ? new ExportFile($"carpass-export-{stamp}.json", "application/json", JsonDocumentOf(bundle))
            : new ExportFile($"carpass-export-{stamp}.zip", "application/zip", ZipOf(bundle));
    }

    /// <summary>One table as CSV bytes (UTF-8, no byte order mark).</summary>
    public static byte[] CsvOf(ExportTable table, ExportBundle bundle)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Csv, leaveOpen: true))
        {
            csv.WriteHeader([.. table.Columns.Select(c => c.Name)]);
            foreach (var row in table.Rows(bundle))
            {
                foreach (var cell in row)
                    WriteCell(csv, cell);
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }

    private static void WriteCell(CsvWriter csv, object? cell)
    {
        switch (cell)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string text:
                csv.WriteField(text);
                break;
            case bool flag:
                csv.WriteField(flag);
                break;
            case DateTime moment:
                csv.WriteField(
                    DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture)
                );
                break;
            case Guid id:
                csv.WriteField(id.ToString("D"));
                break;
            case IFormattable number:
                csv.WriteField(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"No CSV form for {cell.GetType()}", nameof(cell));
        }
    }

    private static byte[] ZipOf(ExportBundle bundle)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ReadmeFile, Encoding.UTF8.GetBytes(ExportReadme.Text(bundle.ExportedAt)));
            foreach (var table in ExportTables.All)
                Add(zip, table.File, CsvOf(table, bundle));
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static byte[] JsonDocumentOf(ExportBundle bundle) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                format = "carpass-export",
                version = JsonVersion,
                exported_at = bundle.ExportedAt,
                vehicles = bundle.Vehicles,
                odometer = bundle.Odometer,
                fuel = bundle.Fuel,
                service = bundle.Service,
                visits = bundle.Visits,
                reminders = bundle.Reminders,
                badges = bundle.Badges,
                charging = bundle.Charging,
                documents = bundle.Documents,
                tyres = bundle.Tyres,
            },
            Json
        );
}
