using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Service;

/// <summary>A plate still in doubt after two readings: in a photo much larger than it, the later readings look only around it.</summary>
public class PlatePartTests
{
    private static readonly byte[] Image = TestImages.CleanVin("WVWZZZ1JZXW000001");

    [Fact]
    public async Task In_a_large_photo_the_sharp_and_unframed_readings_look_only_around_the_plate_found()
    {
        var engine = ReadingAPlateAt(new OcrBox(0, 0, 1280, 960));

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Plate, default);

        var later = engine.PartsRead.Where(p => p.Pass is OcrPass.PlateSharp or OcrPass.PlateUnframed).ToList();
        Assert.NotEmpty(later);
        Assert.All(
            later,
            p =>
            {
                var part = Assert.NotNull(p.Region);
                Assert.True(part.Left <= 600 && part.Right >= 758 && part.Top <= 700 && part.Bottom >= 730, $"{part}");
                Assert.True(part.Width < 640 && part.Height < 480, $"{part}");
            }
        );
        Assert.Contains(result.Value!.Candidates, c => c.Value == "К240АМ02");
    }

    [Fact]
    public async Task A_crop_that_is_mostly_the_plate_is_read_whole()
    {
        var engine = ReadingAPlateAt(new OcrBox(0, 0, 200, 60));

        await Services.Ocr(engine).ReadAsync(Image, OcrKind.Plate, default);

        var later = engine.PartsRead.Where(p => p.Pass is OcrPass.PlateSharp or OcrPass.PlateUnframed).ToList();
        Assert.NotEmpty(later);
        Assert.All(later, p => Assert.Null(p.Region));
    }

    /// <summary>Both layouts read a plate at (600, 700) whose fourth character may be a 0 or an 8, so it stays in doubt.</summary>
    private static FakeOcrEngine ReadingAPlateAt(OcrBox page)
    {
        var plate = BoxedText.At("К240АМ02", 600, 700);
        var glyphs = plate.Lines[0][0].ToList();
        glyphs[3] = glyphs[3] with { Choices = [new OcrChoice('0', 50), new OcrChoice('8', 49)] };
        var inDoubt = new OcrText([
            [glyphs],
        ]);
        return new FakeOcrEngine(
            new Dictionary<OcrPass, OcrText>
            {
                [OcrPass.Plate] = inDoubt,
                [OcrPass.PlateSparse] = inDoubt,
                [OcrPass.PlateSharp] = OcrText.Plain("К240АМ02"),
            }
        )
        {
            PageBounds = page,
        };
    }
}
