namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> DataFiles() =>
        new()
        {
            ["bot.command.export"] = "Download your data (CSV or JSON)",
            ["bot.command.import"] = "Import history from LubeLogger or Fuelly",
            ["bot.export.pick"] = "📦 Export your data: which vehicle?",
            ["bot.export.all"] = "All vehicles",
            ["bot.export.format"] =
                "In which format? CSV tables (in a ZIP, with a README of every column) open in any spreadsheet; JSON is for programs.",
            ["bot.export.zip"] = "📊 CSV tables (ZIP)",
            ["bot.export.json"] = "🧩 JSON",
            ["bot.export.ready"] = "📦 Your export is below.",
            ["bot.export.caption"] =
                "CarPass data: {0}. Records you entered are marked self_reported; work a centre recorded and you confirmed, service_confirmed.",
            ["bot.export.caption_all"] = "all your vehicles",
            ["bot.export.none"] = "There is nothing to export yet: add a vehicle first.",
            ["bot.import.how"] =
                "📥 To bring in history from LubeLogger (a fuel, service or odometer CSV export) or Fuelly (fuel CSV export), send the file here as a document, up to {0} KB. You will see what would be imported, and nothing changes until you tap Import.",
            ["bot.import.pick"] = "Which vehicle is this {0} file for?",
            ["bot.import.summary"] =
                "Check before importing — {0} file for «{1}»:\nRows found: {2}\nWill be imported: {3}\nDuplicates skipped: {4}\nRejected: {5}",
            ["bot.import.rejected_title"] = "Rejected rows:",
            ["bot.import.rejected_line"] = "row {0}: {1}",
            ["bot.import.rejected_more"] = "…and {0:plural:more row|more rows}",
            ["bot.import.self_reported"] =
                "Imported records count as reported by you, not as verified service history.",
            ["bot.import.confirm"] = "✅ Import {0}",
            ["bot.import.cancel"] = "✖ Cancel",
            ["bot.import.done"] =
                "✅ Imported {0:plural:record|records} into «{1}». They are marked as reported by you, not verified.",
            ["bot.import.cancelled"] = "Import cancelled: nothing was changed.",
            ["bot.import.expired"] = "This import is no longer waiting. Please send the file again.",
            ["bot.import.no_vehicle"] = "Add a vehicle first: imported records need a car to belong to.",
            ["import.format.lube_logger_fuel"] = "LubeLogger fuel",
            ["import.format.lube_logger_service"] = "LubeLogger service",
            ["import.format.lube_logger_odometer"] = "LubeLogger odometer",
            ["import.format.fuelly"] = "Fuelly fuel",
            ["error.import_too_large"] =
                "The file is too large: CarPass imports files up to {0} KB. Export a shorter period and send it again.",
            ["error.import_unknown_format"] =
                "CarPass cannot import this file. Send a CSV exported from LubeLogger (fuel, service or odometer records) or Fuelly (fuel), unchanged.",
            ["error.import_malformed"] =
                "The file could not be read as a CSV table (its quotes or columns are broken). Export it again and send it unchanged.",
            ["error.import_encoding"] =
                "The file is not text CarPass can read: save it as CSV in UTF-8 (or Windows-1251) and send it again.",
            ["error.import_archive"] =
                "This archive is refused: it unpacks too large or holds too many files. Send the CSV file itself.",
            ["error.import_empty"] = "The file has a header but no rows to import.",
            ["error.import_too_many_rows"] = "The file has more than {0} rows. Split it and send the parts one by one.",
            ["error.import_date_missing"] = "no date",
            ["error.import_date_invalid"] = "the date «{0}» is not understood",
            ["error.import_date_ambiguous"] =
                "the date «{0}» could be day/month or month/day; no other date in the file tells which",
            ["error.import_number_invalid"] = "«{1}» in column {0} is not a number",
            ["error.import_changed"] =
                "The vehicle's records changed since the check, so nothing was imported. Please send the file again.",
            ["error.import_nothing"] = "Nothing to import: every row is already in the passport or was rejected.",
            ["error.import_download_failed"] = "Telegram did not hand the file over. Please send it again.",
        };
}
