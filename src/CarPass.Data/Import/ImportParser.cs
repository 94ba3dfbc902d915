using CarPass.Data.Fuel;
using CarPass.Data.Service;
using CarPass.Domain.Common;
using CsvHelper;

namespace CarPass.Data.Import;

/// <summary>
/// Reads a LubeLogger (fuel, service, odometer) or Fuelly (fuel) CSV export with CsvHelper: the header
/// row says which it is, each row becomes the write it stands for or a rejection with its reason. Column
/// names and their sources: docs/EXPORT.md. Nothing here touches the database.
/// </summary>
public static class ImportParser
{
    private const double LitresPerGallon = 3.785411784;
    private const double KmPerMile = 1.609344;

    public static Outcome<ParsedImport> Parse(byte[] file)
    {
        var text = ImportText.Read(file);
        if (!text.IsSuccess)
            return text.Error;
        List<Dictionary<string, string>> records;
        try
        {
            records = Records(text.Value);
        }
        catch (CsvFormatException)
        {
            return new DomainError(ImportErrorCodes.Malformed);
        }
        catch (TooManyRowsException)
        {
            return new DomainError(ImportErrorCodes.TooManyRows, ImportLimits.MaxRows);
        }
        if (records.Count == 0)
            return new DomainError(ImportErrorCodes.Empty);
        if (FormatOf(records[0].Keys) is not { } format)
            return new DomainError(ImportErrorCodes.UnknownFormat);
        var dateColumn = format == ImportFormat.Fuelly ? "fuelup_date" : "date";
        var dates = ImportDates.For(
            records.Select(r => r.GetValueOrDefault(dateColumn, "")),
            format == ImportFormat.Fuelly ? true : null
        );
        var rows = new List<ImportRow>();
        var rejected = new List<RejectedRow>();
        for (var i = 0; i < records.Count; i++)
        {
            var line = i + 2;
            var record = records[i];
            var (date, dateError) = dates.Parse(record.GetValueOrDefault(dateColumn));
            if (date is not { } day)
            {
                rejected.Add(
                    new RejectedRow(line, new DomainError(dateError!, record.GetValueOrDefault(dateColumn, "")))
                );
                continue;
            }
            var row = format switch
            {
                ImportFormat.LubeLoggerFuel => LubeLoggerFuel(line, day, record),
                ImportFormat.LubeLoggerService => LubeLoggerService(line, day, record),
                ImportFormat.LubeLoggerOdometer => LubeLoggerOdometer(line, day, record),
                _ => Fuelly(line, day, record),
            };
            if (row.IsSuccess)
                rows.Add(row.Value);
            else
                rejected.Add(new RejectedRow(line, row.Error));
        }
        return new ParsedImport(format, records.Count, rows, rejected);
    }

    /// <summary>Each record as lower-case column name → text; a repeated column keeps its first value.</summary>
    private static List<Dictionary<string, string>> Records(string text)
    {
        var options = new CsvReaderOptions
        {
            MalformedData = CsvMalformedDataHandling.Throw,
            TrimWhitespace = true,
            IncludeValuesInExceptions = false,
        };
        using var reader = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            if (records.Count == ImportLimits.MaxRows)
                throw new TooManyRowsException();
            var record = new Dictionary<string, string>();
            for (var i = 0; i < reader.Headers.Count; i++)
                record.TryAdd(reader.Headers[i].Trim().ToLowerInvariant(), reader.GetString(i));
            records.Add(record);
        }
        return records;
    }

    private static ImportFormat? FormatOf(ICollection<string> columns) =>
        columns switch
        {
            _ when columns.Contains("fuelup_date") && columns.Contains("odometer") => ImportFormat.Fuelly,
            _ when !columns.Contains("date") => null,
            _ when columns.Contains("fuelconsumed") => ImportFormat.LubeLoggerFuel,
            _ when columns.Contains("initialodometer") && columns.Contains("odometer") =>
                ImportFormat.LubeLoggerOdometer,
            _ when columns.Contains("description") && columns.Contains("odometer") => ImportFormat.LubeLoggerService,
            _ => null,
        };

    private static Outcome<ImportRow> LubeLoggerFuel(int line, DateTime day, Dictionary<string, string> r)
    {
        if (NotANumber(r, "fuelconsumed", required: true) is { } litresError)
            return litresError;
        if (NotANumber(r, "odometer", required: false) is { } odometerError)
            return odometerError;
        if (NotANumber(r, "cost", required: false) is { } costError)
            return costError;
        var full = ImportNumbers.Flag(r.GetValueOrDefault("isfilltofull", "true")) ?? true;
        var missed = ImportNumbers.Flag(r.GetValueOrDefault("missedfuelup")) ?? false;
        return new ImportRow(
            line,
            day,
            Fuel: new FuelDraft(
                ImportNumbers.Parse(r["fuelconsumed"])!.Value,
                Minor(r.GetValueOrDefault("cost")),
                OdometerKm: Km(r.GetValueOrDefault("odometer"), 1),
                IsFullTank: full,
                MissedPrevious: missed,
                FilledAt: day
            )
        );
    }

    private static Outcome<ImportRow> LubeLoggerService(int line, DateTime day, Dictionary<string, string> r)
    {
        if (NotANumber(r, "odometer", required: false) is { } odometerError)
            return odometerError;
        if (NotANumber(r, "cost", required: false) is { } costError)
            return costError;
        var description = r.GetValueOrDefault("description")?.Trim() ?? "";
        var notes = r.GetValueOrDefault("notes")?.Trim() ?? "";
        var note = string.Join(" — ", new[] { description, notes }.Where(t => t.Length > 0));
        return new ImportRow(
            line,
            day,
            Service: new ServiceDraft(
                ServiceKindGuess.Of(description),
                day,
                Km(r.GetValueOrDefault("odometer"), 1),
                note.Length == 0 ? null : note,
                Minor(r.GetValueOrDefault("cost"))
            )
        );
    }

    private static Outcome<ImportRow> LubeLoggerOdometer(int line, DateTime day, Dictionary<string, string> r) =>
        NotANumber(r, "odometer", required: true) is { } error
            ? error
            : new ImportRow(line, day, OdometerKm: Km(r["odometer"], 1));

    /// <summary>Fuelly writes km and litres, or miles and US gallons: the columns say which; price is per unit.</summary>
    private static Outcome<ImportRow> Fuelly(int line, DateTime day, Dictionary<string, string> r)
    {
        var gallons = r.ContainsKey("gallons") && !r.ContainsKey("litres");
        var volumeColumn = gallons ? "gallons" : "litres";
        if (NotANumber(r, volumeColumn, required: true) is { } volumeError)
            return volumeError;
        if (NotANumber(r, "odometer", required: false) is { } odometerError)
            return odometerError;
        if (NotANumber(r, "price", required: false) is { } priceError)
            return priceError;
        var volume = ImportNumbers.Parse(r[volumeColumn])!.Value;
        var price = ImportNumbers.Parse(r.GetValueOrDefault("price"));
        var miles = r.ContainsKey("miles") && !r.ContainsKey("km");
        return new ImportRow(
            line,
            day,
            Fuel: new FuelDraft(
                Math.Round(gallons ? volume * LitresPerGallon : volume, 3),
                price is { } perUnit ? (long)Math.Round(perUnit * volume * 100) : null,
                OdometerKm: Km(r.GetValueOrDefault("odometer"), miles ? KmPerMile : 1),
                IsFullTank: ImportNumbers.Flag(r.GetValueOrDefault("partial_fuelup")) != true,
                MissedPrevious: ImportNumbers.Flag(r.GetValueOrDefault("missed_fuelup")) == true,
                FilledAt: day
            )
        );
    }

    /// <summary>Why the column does not hold a number; null when it does (or is empty and not required).</summary>
    private static DomainError? NotANumber(Dictionary<string, string> r, string column, bool required)
    {
        var value = r.GetValueOrDefault(column);
        if (string.IsNullOrWhiteSpace(value))
            return required ? new DomainError(ImportErrorCodes.NumberInvalid, column, "") : null;
        return ImportNumbers.Parse(value) is null
            ? new DomainError(ImportErrorCodes.NumberInvalid, column, value)
            : null;
    }

    /// <summary>A distance in km; 0 or empty means the tracker had none.</summary>
    private static int? Km(string? value, double factor) =>
        ImportNumbers.Parse(value) is { } number && number > 0 ? (int)Math.Round(number * factor) : null;

    private static long? Minor(string? value) =>
        ImportNumbers.Parse(value) is { } amount && amount > 0 ? (long)Math.Round(amount * 100) : null;

    private sealed class TooManyRowsException : Exception;
}
