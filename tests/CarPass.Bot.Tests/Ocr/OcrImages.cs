using CarPass.Ocr.Samples;

namespace CarPass.Bot.Tests.Ocr;

/// <summary>Photos drawn like the OCR tests draw them (SkiaSharp, the DejaVu faces of the tuning fonts), and files that are no photo at all.</summary>
public static class OcrImages
{
    /// <summary>A VIN plate in a face and size the engine reads exactly.</summary>
    public static byte[] Vin(string vin, int font = 2) =>
        TextSample.Render([$"VIN {vin}"], SampleStyle.Clean(font, 36) with { JpegQuality = 90 }, font);

    /// <summary>A Russian plate as a lossless PNG.</summary>
    public static byte[] Plate(string series, string region) =>
        PlateSample.Render(series, region, SampleStyle.Clean(1, 48), 1);

    public static byte[] Certificate(CertificateFields fields) =>
        CertificateSample.Render(fields, SampleStyle.Clean(2, 32), 1);

    /// <summary>Text that is neither a VIN nor a plate.</summary>
    public static byte[] Words() =>
        TextSample.Render(["Hello from the garage", "Oil change 12.05"], SampleStyle.Clean(), 1);

    public static byte[] Blank() => SampleRenderer.Render(400, 120, SampleStyle.Clean(), 1, _ => { });

    /// <summary>An all-white 20-megapixel JPEG (5,000 × 4,000): accepted, downloaded, fully decoded, then found empty.</summary>
    public static byte[] LargeBlank() =>
        SampleRenderer.Render(5000, 4000, SampleStyle.Clean() with { JpegQuality = 90 }, 1, _ => { });

    /// <summary>A real PNG whose pixel data is overwritten with noise.</summary>
    public static byte[] CorruptPng()
    {
        var png = TextSample.Render(["WVWZZZ1JZXW000001"], SampleStyle.Clean(), 1);
        new Random(1).NextBytes(png.AsSpan(40));
        return png;
    }

    /// <summary>A PNG header claiming 20,000 × 20,000 pixels, with nothing behind it.</summary>
    public static byte[] HugePng()
    {
        var bytes = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }.CopyTo(bytes, 0);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), 20_000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), 20_000);
        return bytes;
    }

    public static byte[] Pdf() => "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();
}
