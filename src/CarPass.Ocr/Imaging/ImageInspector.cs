using System.Buffers.Binary;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;

namespace CarPass.Ocr.Imaging;

/// <summary>Checks an upload from its bytes alone: size, kind, the dimensions its header claims and, for a JPEG, its number of scans.</summary>
public static class ImageInspector
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    public static Outcome<ImageInfo> Inspect(ReadOnlySpan<byte> data, ImageLimits limits)
    {
        if (data.Length > limits.MaxBytes)
            return Outcome<ImageInfo>.Fail(OcrErrorCodes.ImageTooLarge, limits.MaxBytes / (1024 * 1024));
        var header =
            data.StartsWith(PngSignature) ? PngHeader(data)
            : data.StartsWith(JpegSignature) ? JpegHeader.Read(data)
            : OtherImageFormats.IsKnown(data) ? Outcome<ImageInfo>.Fail(OcrErrorCodes.FormatUnsupported)
            : Outcome<ImageInfo>.Fail(OcrErrorCodes.NotAnImage);
        if (!header.IsSuccess)
            return header;
        var checkedHeader = CheckDimensions(header.Value, limits);
        if (
            checkedHeader.IsSuccess
            && checkedHeader.Value.Format == ImageFormat.Jpeg
            && JpegScans.Count(data, limits.MaxJpegScans) > limits.MaxJpegScans
        )
            return Outcome<ImageInfo>.Fail(OcrErrorCodes.ImageTooComplex);
        return checkedHeader;
    }

    private static Outcome<ImageInfo> CheckDimensions(ImageInfo info, ImageLimits limits)
    {
        if (info.Width <= 0 || info.Height <= 0)
            return Outcome<ImageInfo>.Fail(OcrErrorCodes.ImageCorrupt);
        if (info.Width > limits.MaxSide || info.Height > limits.MaxSide)
            return Outcome<ImageInfo>.Fail(OcrErrorCodes.DimensionsTooLarge);
        if ((long)info.Width * info.Height > limits.MaxPixels)
            return Outcome<ImageInfo>.Fail(OcrErrorCodes.DimensionsTooLarge);
        if (info.Width < limits.MinSide || info.Height < limits.MinSide)
            return Outcome<ImageInfo>.Fail(OcrErrorCodes.ImageTooSmall);
        return info;
    }

    // The first chunk of every PNG is IHDR: width and height, big-endian, at bytes 16 and 20.
    private static Outcome<ImageInfo> PngHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length < 24 || !data[12..16].SequenceEqual("IHDR"u8))
            return Outcome<ImageInfo>.Fail(OcrErrorCodes.ImageCorrupt);
        var width = BinaryPrimitives.ReadInt32BigEndian(data[16..]);
        var height = BinaryPrimitives.ReadInt32BigEndian(data[20..]);
        return new ImageInfo(ImageFormat.Png, width, height);
    }
}
