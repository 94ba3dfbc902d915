using Telegram.Bot.Types;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>
/// A document that looks like a file to import (a CSV, a text table or a ZIP, by its name or type), as
/// Telegram announced it: size and id are known before anything is downloaded. Other documents stay
/// with the photo reader.
/// </summary>
public sealed record ImportFile(string FileId, long? FileSize, string? FileName)
{
    private static readonly string[] Extensions = [".csv", ".txt", ".zip", ".tsv"];
    private static readonly string[] Types =
    [
        "text/csv",
        "text/plain",
        "text/comma-separated-values",
        "text/tab-separated-values",
        "application/csv",
        "application/zip",
        "application/x-zip-compressed",
        "application/vnd.ms-excel",
    ];

    public static ImportFile? From(Message message) =>
        message.Document is { } file
        && (
            Extensions.Any(e => file.FileName?.EndsWith(e, StringComparison.OrdinalIgnoreCase) == true)
            || Types.Contains(file.MimeType?.ToLowerInvariant())
        )
            ? new ImportFile(file.FileId, file.FileSize, file.FileName)
            : null;
}
