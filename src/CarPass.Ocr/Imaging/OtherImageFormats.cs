namespace CarPass.Ocr.Imaging;

/// <summary>Pictures people send as files that CarPass does not decode (Telegram's photos are always JPEG).</summary>
internal static class OtherImageFormats
{
    public static bool IsKnown(ReadOnlySpan<byte> data) =>
        data.StartsWith("GIF8"u8)
        || data.StartsWith("BM"u8)
        || data.StartsWith("II*\0"u8)
        || data.StartsWith("MM\0*"u8)
        || (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        || (data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(data[8..12]));

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8)
        || brand.SequenceEqual("heix"u8)
        || brand.SequenceEqual("mif1"u8)
        || brand.SequenceEqual("avif"u8);
}
