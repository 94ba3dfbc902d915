using System.Buffers.Binary;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;

namespace CarPass.Ocr.Imaging;

/// <summary>Walks a JPEG's marker segments up to the frame header (SOFn), which holds the dimensions.</summary>
internal static class JpegHeader
{
    private const byte StartOfScan = 0xDA;

    public static Outcome<ImageInfo> Read(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
                return Outcome<ImageInfo>.Fail(OcrErrorCodes.ImageCorrupt);
            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }
            if (marker is 0x01 or >= 0xD0 and <= 0xD8)
            {
                position += 2; // markers without a length
                continue;
            }
            if (marker == StartOfScan)
                break;
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (IsFrameHeader(marker))
            {
                if (position + 9 > data.Length || length < 7)
                    break;
                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 7)..]);
                return new ImageInfo(ImageFormat.Jpeg, width, height);
            }
            position += 2 + length;
        }
        return Outcome<ImageInfo>.Fail(OcrErrorCodes.ImageCorrupt);
    }

    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
}
