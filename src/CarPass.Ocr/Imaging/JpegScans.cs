using System.Buffers.Binary;

namespace CarPass.Ocr.Imaging;

/// <summary>
/// Counts a JPEG's scans (start-of-scan markers) without decoding: it walks the marker segments by
/// their lengths and skips each scan's entropy-coded data to the next marker, so bytes that merely
/// look like a marker inside a segment (an EXIF thumbnail) are not counted.
/// </summary>
internal static class JpegScans
{
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;

    /// <summary>The number of scans, counted no further than one past <paramref name="limit"/>.</summary>
    public static int Count(ReadOnlySpan<byte> data, int limit)
    {
        var scans = 0;
        var position = 2;
        while (position + 1 < data.Length && scans <= limit)
        {
            if (data[position] != 0xFF)
                return scans; // broken: the decoder says so
            var marker = data[position + 1];
            if (marker == EndOfImage)
                return scans;
            if (marker is 0xFF or 0x01 or >= 0xD0 and <= 0xD8)
            {
                position += marker == 0xFF ? 1 : 2; // a fill byte, or a marker without a length
                continue;
            }
            if (position + 4 > data.Length)
                return scans;
            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (marker == StartOfScan)
            {
                scans++;
                position = NextMarker(data, position);
            }
        }
        return scans;
    }

    // Entropy-coded data runs until an 0xFF that is neither a stuffed zero byte nor a restart marker.
    private static int NextMarker(ReadOnlySpan<byte> data, int position)
    {
        while (position < data.Length)
        {
            var found = data[position..].IndexOf((byte)0xFF);
            if (found < 0 || position + found + 1 >= data.Length)
                return data.Length;
            position += found;
            var next = data[position + 1];
            if (next != 0x00 && next is not (>= 0xD0 and <= 0xD7))
                return position;
            position += 2;
        }
        return data.Length;
    }
}
