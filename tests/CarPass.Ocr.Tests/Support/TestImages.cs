using CarPass.Ocr.Samples;

namespace CarPass.Ocr.Tests.Support;

/// <summary>Small images for the input checks, made in memory.</summary>
internal static class TestImages
{
    public static byte[] CleanVin(string vin, int font = 0) =>
        TextSample.Render([vin], SampleStyle.Clean(font), seed: 1);

    public static byte[] Blank(int width = 400, int height = 120) =>
        SampleRenderer.Render(width, height, SampleStyle.Clean(), seed: 1, drawContent: _ => { });

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
