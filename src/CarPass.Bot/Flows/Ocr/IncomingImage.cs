using Telegram.Bot.Types;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// A photo, or a file that may be one, as Telegram announced it: its size and type are known
/// before anything is downloaded, so what cannot be read is refused without fetching it.
/// </summary>
public sealed record IncomingImage(string FileId, long? FileSize, string? MimeType)
{
    /// <summary>The largest size of a photo, or any file; null for other messages.</summary>
    public static IncomingImage? From(Message message) =>
        message switch
        {
            { Photo: { Length: > 0 } sizes } => sizes.MaxBy(s => (long)s.Width * s.Height) is { } largest
                ? new IncomingImage(largest.FileId, largest.FileSize, "image/jpeg")
                : null,
            { Document: { } file } => new IncomingImage(file.FileId, file.FileSize, file.MimeType),
            _ => null,
        };

    /// <summary>A file whose declared type is something else (a PDF, a text); an unknown type is read and checked.</summary>
    public bool PlainlyNotAnImage =>
        MimeType is { Length: > 0 } type
        && !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
        && !type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase);
}
