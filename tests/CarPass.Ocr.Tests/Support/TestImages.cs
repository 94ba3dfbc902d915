using CarPass.Ocr.Samples;

namespace CarPass.Ocr.Tests.Support;

/// <summary>Small images for the input checks, made in memory.</summary>
internal static class TestImages
{
    public static byte[] CleanVin(string vin, int font = 0) =>
        TextSample.Render([vin], SampleStyle.Clean(font), seed: 1);

    public static byte[] Blank(int width = 400, int height = 120) =>
        SampleRenderer.Render(width, height, SampleStyle.Clean(), seed: 1, drawContent: _ => { });

    /// <summary>
    /// A progressive JPEG's structure (frame header, then <paramref name="scans"/> scans, each with a
    /// little entropy-coded data holding a stuffed 0xFF and a restart marker), optionally after an
    /// APP1 segment whose bytes look like a start-of-scan. Enough for the checks before decoding.
    /// </summary>
    public static byte[] ProgressiveJpeg(int scans, bool lookAlikeInMetadata = false)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        if (lookAlikeInMetadata)
            bytes.AddRange([0xFF, 0xE1, 0x00, 0x08, 0xFF, 0xDA, 0xFF, 0xDA, 0xFF, 0xDA]);
        bytes.AddRange([0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x00, 0x64, 0x00, 0x64, 0x01, 0x01, 0x11, 0x00]);
        for (var i = 0; i < scans; i++)
        {
            bytes.AddRange([0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00]);
            bytes.AddRange([0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        }
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    /// <summary>A PNG signature and header that claim the given size, with no pixel data behind them.</summary>
    public static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }.CopyTo(bytes, 0);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }
}
