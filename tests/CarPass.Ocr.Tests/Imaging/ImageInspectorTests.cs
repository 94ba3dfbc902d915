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
    [InlineData(4032, 3024)] // 12 MP, 4:3
    [InlineData(4080, 3072)] // 12.5 MP (Pixel)
    [InlineData(4032, 2268)] // 12 MP cropped to 16:9
    [InlineData(5184, 3888)] // 20 MP
    [InlineData(5712, 4284)] // 24 MP (iPhone 15 and later, the default)
    public void A_phone_original_sent_as_a_file_is_accepted(int width, int height)
    {
        Assert.True(ImageInspector.Inspect(TestImages.PngHeader(width, height), Limits).IsSuccess);
    }

    [Theory]
    [InlineData(6000, 4500)] // 27 MP
    [InlineData(8160, 6120)] // a 50 MP sensor at full resolution
    [InlineData(6324, 6324)] // 40 MP, which the old limit let through
    public void An_image_over_25_megapixels_is_refused_before_decoding(int width, int height)
    {
        var outcome = ImageInspector.Inspect(TestImages.PngHeader(width, height), Limits);

        Assert.Equal(OcrErrorCodes.DimensionsTooLarge, outcome.Error!.Code);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(10, false)]
    [InlineData(10, true)]
    [InlineData(100, false)]
    public void A_jpeg_with_as_many_scans_as_encoders_write_is_accepted(int scans, bool lookAlikeInMetadata)
    {
        var outcome = ImageInspector.Inspect(TestImages.ProgressiveJpeg(scans, lookAlikeInMetadata), Limits);

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
    }

    [Theory]
    [InlineData(101)]
    [InlineData(5000)]
    public void A_jpeg_with_more_scans_than_the_cap_is_refused_before_decoding(int scans)
    {
        var outcome = ImageInspector.Inspect(TestImages.ProgressiveJpeg(scans), Limits);

        Assert.Equal(OcrErrorCodes.ImageTooComplex, outcome.Error!.Code);
    }

    [Fact]
    public void A_real_baseline_jpeg_has_one_scan()
    {
        var jpeg = TextSample.Render(["WVWZZZ1JZXW000001"], SampleStyle.Clean() with { JpegQuality = 80 }, 1);

        Assert.Equal(1, JpegScans.Count(jpeg, ImageLimits.Default.MaxJpegScans));
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
