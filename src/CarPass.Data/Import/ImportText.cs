using System.IO.Compression;
using System.Text;
using CarPass.Domain.Common;

namespace CarPass.Data.Import;

/// <summary>
/// Turns a sent file into text: a ZIP is unpacked (one CSV inside, within the entry and size limits,
/// counted while unpacking), then the text is read as UTF-8 (with or without a byte order mark, or
/// UTF-16 with one) or, when it is not valid UTF-8, as Windows-1251, which Russian spreadsheets save.
/// Anything else is refused rather than guessed.
/// </summary>
public static class ImportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static ImportText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Outcome<string> Read(byte[] file)
    {
        if (file.Length > ImportLimits.MaxFileBytes)
            return new DomainError(ImportErrorCodes.TooLarge, ImportLimits.MaxFileBytes / 1024);
        if (IsZip(file))
        {
            var unpacked = Unzip(file);
            if (!unpacked.IsSuccess)
                return unpacked.Error;
            file = unpacked.Value;
        }
        return Decode(file);
    }

    private static bool IsZip(byte[] file) => file is [0x50, 0x4B, 0x03 or 0x05, 0x04 or 0x06, ..];

    private static Outcome<byte[]> Unzip(byte[] file)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > ImportLimits.MaxZipEntries)
                return new DomainError(ImportErrorCodes.Archive);
            var csvs = archive
                .Entries.Where(e =>
                    e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    && !e.FullName.StartsWith("__MACOSX/")
                )
                .ToList();
            if (csvs.Count != 1)
                return new DomainError(ImportErrorCodes.UnknownFormat);
            using var entry = csvs[0].Open();
            var buffer = new byte[ImportLimits.MaxUnpackedBytes + 1];
            var read = 0;
            int got;
            while (read < buffer.Length && (got = entry.Read(buffer, read, buffer.Length - read)) > 0)
                read += got;
            if (read > ImportLimits.MaxUnpackedBytes)
                return new DomainError(ImportErrorCodes.Archive);
            return buffer[..read];
        }
        catch (InvalidDataException)
        {
            return new DomainError(ImportErrorCodes.Archive);
        }
    }

    private static Outcome<string> Decode(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(
                bytes,
                2,
                bytes.Length - 2
            );
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return Plausible(StrictUtf8.GetString(bytes, start, bytes.Length - start));
        }
        catch (DecoderFallbackException)
        {
            var cp1251 = Encoding.GetEncoding(
                1251,
                EncoderFallback.ExceptionFallback,
                DecoderFallback.ExceptionFallback
            );
            try
            {
                return Plausible(cp1251.GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
                return new DomainError(ImportErrorCodes.Encoding);
            }
        }
    }

    /// <summary>Text, not a binary file that happens to decode: no control characters but line breaks and tabs.</summary>
    private static Outcome<string> Plausible(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
            ? new DomainError(ImportErrorCodes.Encoding)
            : text;
}
