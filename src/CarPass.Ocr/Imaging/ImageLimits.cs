namespace CarPass.Ocr.Imaging;

/// <summary>What an image may be before any decoding starts.</summary>
/// <param name="MaxBytes">Telegram's bots can download at most 20 MB, so nothing larger ever needs reading.</param>
/// <param name="MaxPixels">Decoding allocates width × height bytes several times: a small file can claim gigapixels.</param>
public sealed record ImageLimits(int MaxBytes, long MaxPixels, int MaxSide, int MinSide)
{
    public static ImageLimits Default { get; } = new(20 * 1024 * 1024, 40_000_000, 12_000, 16);
}
