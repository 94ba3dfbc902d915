using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Imaging;

/// <summary>Decodes an image with Leptonica and turns it into what recognition reads best.</summary>
internal static unsafe class ImagePreparation
{
    // Below this standard deviation of grey levels (0–255) nothing on the picture can be text.
    private const float BlankDeviation = 4f;
    private const int DeviationSamples = 250_000;

    public static Outcome<PreparedImage> Prepare(ReadOnlySpan<byte> bytes, PreparationSettings settings)
    {
        using var decoded = Decode(bytes);
        if (decoded.IsInvalid)
            return Outcome<PreparedImage>.Fail(OcrErrorCodes.ImageCorrupt);
        var gray = Leptonica.ConvertTo8(decoded, 0);
        if (gray.IsInvalid)
            return Outcome<PreparedImage>.Fail(OcrErrorCodes.ImageCorrupt);
        if (IsBlank(gray))
        {
            gray.Dispose();
            return Outcome<PreparedImage>.Fail(OcrErrorCodes.ImageBlank);
        }
        var scaled = Rescale(gray, settings);
        var sharp = settings.Deskew ? Replace(scaled, Leptonica.Deskew(scaled, 0)) : scaled;
        var denoised = settings.Denoise ? Filtered(Leptonica.MedianFilter(sharp, 3, 3)) : null;
        return new PreparedImage(sharp, denoised);
    }

    private static PixHandle Filtered(PixHandle result) =>
        result.IsInvalid ? throw new InvalidOperationException("Leptonica could not filter an image.") : result;

    private static PixHandle Replace(PixHandle source, PixHandle result)
    {
        using (source)
        {
            return result.IsInvalid
                ? throw new InvalidOperationException("Leptonica could not filter an image.")
                : result;
        }
    }

    private static PixHandle Decode(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* data = bytes)
        {
            return Leptonica.ReadMem(data, (nuint)bytes.Length);
        }
    }

    private static bool IsBlank(PixHandle gray)
    {
        var pixels = (long)Leptonica.GetWidth(gray) * Leptonica.GetHeight(gray);
        var factor = Math.Max(1, (int)Math.Sqrt(pixels / (double)DeviationSamples));
        var failed = Leptonica.GetAverageMasked(
            gray,
            IntPtr.Zero,
            0,
            0,
            factor,
            Leptonica.StandardDeviation,
            out var sd
        );
        return failed == 0 && sd < BlankDeviation;
    }

    private static PixHandle Rescale(PixHandle gray, PreparationSettings settings)
    {
        var longSide = Math.Max(Leptonica.GetWidth(gray), Leptonica.GetHeight(gray));
        var factor = settings.ScaleFor(longSide);
        if (factor == 1f)
            return gray;
        using (gray)
        {
            var scaled = Leptonica.Scale(gray, factor, factor);
            return scaled.IsInvalid
                ? throw new InvalidOperationException("Leptonica could not scale an image.")
                : scaled;
        }
    }
}
