using CarPass.Domain.Ocr;
using CarPass.Ocr.Samples;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Engine;

/// <summary>Whatever arrives, the caller gets a typed answer, never an exception.</summary>
public class BadInputTests(RealEngineFixture engine) : IClassFixture<RealEngineFixture>
{
    private static readonly byte[] Png = TextSample.Render(["WVWZZZ1JZXW000001"], SampleStyle.Clean(), 1);
    private static readonly byte[] Jpeg = TextSample.Render(
        ["WVWZZZ1JZXW000001"],
        SampleStyle.Clean() with
        {
            JpegQuality = 85,
        },
        1
    );

    [Fact]
    public async Task A_blank_photo_is_reported_as_blank()
    {
        var outcome = await engine.Ocr.ReadAsync(TestImages.Blank(), OcrKind.Auto, default);

        Assert.Equal(OcrErrorCodes.ImageBlank, outcome.Error!.Code);
    }

    [Fact]
    public async Task A_png_whose_data_is_garbage_is_corrupt()
    {
        var broken = Png.ToArray();
        new Random(1).NextBytes(broken.AsSpan(40));

        var outcome = await engine.Ocr.ReadAsync(broken, OcrKind.Vin, default);

        Assert.Equal(OcrErrorCodes.ImageCorrupt, outcome.Error!.Code);
    }

    [Fact]
    public async Task A_header_without_pixels_is_corrupt()
    {
        var outcome = await engine.Ocr.ReadAsync(TestImages.PngHeader(800, 600), OcrKind.Vin, default);

        Assert.Equal(OcrErrorCodes.ImageCorrupt, outcome.Error!.Code);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    public async Task A_cut_off_jpeg_or_png_gives_a_typed_answer(double keptShare)
    {
        var jpeg = await engine.Ocr.ReadAsync(Jpeg.AsMemory(0, (int)(Jpeg.Length * keptShare)), OcrKind.Vin, default);
        var png = await engine.Ocr.ReadAsync(Png.AsMemory(0, (int)(Png.Length * keptShare)), OcrKind.Vin, default);

        Assert.True(jpeg.IsSuccess || jpeg.Error!.Code == OcrErrorCodes.ImageCorrupt, jpeg.Error?.ToString());
        Assert.Equal(OcrErrorCodes.ImageCorrupt, png.Error!.Code);
    }

    [Fact]
    public async Task A_picture_of_other_text_proposes_nothing()
    {
        var image = TextSample.Render(["Hello from the garage", "Oil change 12.05"], SampleStyle.Clean(), 1);

        var outcome = await engine.Ocr.ReadAsync(image, OcrKind.Auto, default);

        Assert.False(outcome.Value!.Found);
    }
}
