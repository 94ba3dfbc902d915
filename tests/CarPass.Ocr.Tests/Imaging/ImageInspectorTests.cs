using CarPass.Domain.Ocr;
using CarPass.Ocr.Imaging;
using CarPass.Ocr.Samples;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Imaging;

public class ImageInspectorTests
{
    private static readonly ImageLimits Limits = ImageLimits.Default;

    [Fact]
    public void A_png_and_a_jpeg_are_measured_from_their_headers()
    {
        var png = TextSample.Render(["WVWZZZ1JZXW000001"], SampleStyle.Clean(), 1);
        var jpeg = TextSample.Render(["WVWZZZ1JZXW000001"], SampleStyle.Clean() with { JpegQuality = 80 }, 1);

        var pngInfo = ImageInspector.Inspect(png, Limits).Value!;
        var jpegInfo = ImageInspector.Inspect(jpeg, Limits).Value!;

        Assert.Equal(ImageFormat.Png, pngInfo.Format);
        Assert.Equal(ImageFormat.Jpeg, jpegInfo.Format);
        Assert.Equal((pngInfo.Width, pngInfo.Height), (jpegInfo.Width, jpegInfo.Height));
        Assert.True(pngInfo.Width > 300);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_anything_else()
    {
        var outcome = ImageInspector.Inspect(new byte[Limits.MaxBytes + 1], Limits);

        Assert.Equal(OcrErrorCodes.ImageTooLarge, outcome.Error!.Code);
        Assert.Equal([20], outcome.Error.Args);
    }

    [Theory]
    [InlineData("%PDF-1.7 a document", OcrErrorCodes.NotAnImage)]
    [InlineData("hello, this is text", OcrErrorCodes.NotAnImage)]
    [InlineData("", OcrErrorCodes.NotAnImage)]
    [InlineData("GIF89a......", OcrErrorCodes.FormatUnsupported)]
    [InlineData("RIFF\0\0\0\0WEBPVP8 ", OcrErrorCodes.FormatUnsupported)]
    [InlineData("\0\0\0\u0018ftypheic", OcrErrorCodes.FormatUnsupported)]
    public void Other_files_are_named_for_what_they_are(string content, string code)
    {
        var outcome = ImageInspector.Inspect(System.Text.Encoding.Latin1.GetBytes(content), Limits);

        Assert.Equal(code, outcome.Error!.Code);
    }

    [Theory]
    [InlineData(100_000, 100, OcrErrorCodes.DimensionsTooLarge)]
    [InlineData(10_000, 10_000, OcrErrorCodes.DimensionsTooLarge)]
    [InlineData(8, 8, OcrErrorCodes.ImageTooSmall)]
    [InlineData(0, 100, OcrErrorCodes.ImageCorrupt)]
    [InlineData(-5, 100, OcrErrorCodes.ImageCorrupt)]
    public void Dimensions_are_checked_before_decoding(int width, int height, string code)
    {
        Assert.Equal(code, ImageInspector.Inspect(TestImages.PngHeader(width, height), Limits).Error!.Code);
    }

    [Fact]
    public void A_truncated_header_is_corrupt()
    {
        var jpeg = TextSample.Render(["A"], SampleStyle.Clean() with { JpegQuality = 80 }, 1);

        Assert.Equal(OcrErrorCodes.ImageCorrupt, ImageInspector.Inspect(jpeg.AsSpan(0, 20), Limits).Error!.Code);
        Assert.Equal(
            OcrErrorCodes.ImageCorrupt,
            ImageInspector.Inspect(TestImages.PngHeader(10, 10)[..14], Limits).Error!.Code
        );
    }
}
