using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Service;

/// <summary>An unknown photo in doubt: its VIN's further readings and its plate's run at once.</summary>
public class AutoVinAndPlateTests
{
    private static readonly byte[] Image = TestImages.CleanVin("WVWZZZ1JZXW000001");

    [Fact]
    public async Task The_plate_is_read_while_the_vin_is_still_being_read()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string> { [OcrPass.Latin] = "A123BC77", [OcrPass.Plate] = "А 123 ВС 77" }
        )
        {
            Meeting = (Waiting: OcrPass.LatinDenoised, Until: OcrPass.Plate),
        };

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Auto, default);

        Assert.True(engine.Met);
        Assert.Equal("А123ВС77", Assert.Single(result.Value!.Candidates).Value);
    }

    [Fact]
    public async Task A_vin_that_turns_out_sure_as_read_leaves_the_plate_out_and_the_page_is_freed_after_both()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string>
            {
                [OcrPass.Latin] = "НЕТ",
                [OcrPass.LatinDenoised] = "1M8GDM9AXKP042788",
                [OcrPass.Plate] = "А 123 ВС 77",
                [OcrPass.PlateSparse] = "А 123 ВС 77",
            }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Auto, default);

        var vin = Assert.Single(result.Value!.Candidates);
        Assert.Equal(("1M8GDM9AXKP042788", true), (vin.Value, vin.Valid));
        Assert.False(engine.ReadAfterDispose);
    }

    [Fact]
    public async Task A_vin_still_in_doubt_comes_with_the_plate()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string>
            {
                [OcrPass.Latin] = "WVWZZZ1JZXW00000",
                [OcrPass.LatinDenoised] = "WVWZZZ1JZXW000001",
                [OcrPass.Plate] = "А 123 ВС 77",
            }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Auto, default);

        Assert.Equal(
            [OcrField.Vin, OcrField.Plate],
            result.Value!.Candidates.Select(c => c.Kind).Distinct().Order().ToList()
        );
    }
}
