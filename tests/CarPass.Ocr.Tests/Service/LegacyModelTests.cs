using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Service;

/// <summary>The third opinion on a VIN in doubt: Tesseract's legacy engine with tessdata's English model, read only when the first two disagree or are unsure.</summary>
public class LegacyModelTests
{
    private static readonly byte[] Image = TestImages.CleanVin("WVWZZZ1JZXW000001");

    // An 8 read as B by both readings of the Debian model: the check digit alone cannot make it sure.
    private const string MisreadTwice = "1M8GDM9AXKP04278B";
    private const string Truth = "1M8GDM9AXKP042788";

    [Fact]
    public async Task A_vin_both_readings_leave_in_doubt_is_decided_with_the_legacy_engines_reading()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string>
            {
                [OcrPass.Latin] = MisreadTwice,
                [OcrPass.LatinDenoised] = MisreadTwice,
                [OcrPass.LatinLegacy] = Truth,
            }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        Assert.Equal([OcrPass.Latin, OcrPass.LatinDenoised, OcrPass.LatinLegacy], engine.PassesRead);
        Assert.Equal(Truth, result.Value!.Candidates[0].Value);
        Assert.True(result.Value.Candidates[0].Valid, string.Join(", ", result.Value.Candidates));
    }

    [Fact]
    public async Task Without_the_legacy_model_the_two_readings_decide_alone()
    {
        Dictionary<OcrPass, string> debian = new()
        {
            [OcrPass.Latin] = MisreadTwice,
            [OcrPass.LatinDenoised] = MisreadTwice,
        };
        var withEmptyThird = new FakeOcrEngine(debian);

        var result = await Services.Ocr(withEmptyThird).ReadAsync(Image, OcrKind.Vin, default);

        Assert.Equal([OcrPass.Latin, OcrPass.LatinDenoised, OcrPass.LatinLegacy], withEmptyThird.PassesRead);
        Assert.NotEmpty(result.Value!.Candidates);
        Assert.All(result.Value.Candidates, c => Assert.False(c.Valid));
    }

    [Fact]
    public async Task A_sure_vin_never_waits_for_the_legacy_engine()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string> { [OcrPass.Latin] = Truth, [OcrPass.LatinLegacy] = MisreadTwice }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        Assert.Equal([OcrPass.Latin], engine.PassesRead);
        Assert.True(result.Value!.Candidates[0].Valid);
    }
}
