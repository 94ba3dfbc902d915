namespace CarPass.Ocr.Imaging;

/// <summary>What an image may be before any decoding starts.</summary>
/// <param name="MaxBytes">Telegram's bots can download at most 20 MB, so nothing larger ever needs reading.</param>
/// <param name="MaxPixels">Decoding allocates width × height × 4 bytes and more: a small file can claim gigapixels.</param>
/// <param name="MaxJpegScans">
/// A progressive JPEG is decoded once per scan; encoders write about ten (libjpeg's default script:
/// 10 for colour, 6 for grey), so a file with hundreds is built to keep the decoder busy.
/// </param>
public sealed record ImageLimits(int MaxBytes, long MaxPixels, int MaxSide, int MinSide, int MaxJpegScans)
{
    /// <summary>25 MP: a phone's full-size original sent as a file (12 MP 4:3, iPhone's 24 MP), see docs/OCR.md.</summary>
    public static ImageLimits Default { get; } = new(20 * 1024 * 1024, 25_000_000, 12_000, 16, 100);
}
