using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Service;

/// <summary>
/// The further opinions on a VIN the two fast readings leave in doubt, each counted only while it is
/// still in doubt: the line network over the VIN's line, then Tesseract's legacy engine (read ahead,
/// at the same time as the denoised reading, when the Latin pass found the VIN's line).
/// </summary>
public class VinInDoubtTests
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

    [Fact]
    public async Task In_a_photo_much_larger_than_the_vin_the_legacy_engine_reads_only_around_its_line()
    {
        var engine = ReadingALineAt(new OcrBox(0, 0, 1280, 960));

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        var part = Assert.NotNull(engine.PartsRead.Single(p => p.Pass == OcrPass.LatinLegacy).Region);
        Assert.True(
            part.Left <= 400 && part.Right >= 400 + 17 * 20 && part.Top <= 500 && part.Bottom >= 530,
            $"{part}"
        );
        Assert.True(part.Width < 640 && part.Height < 240, $"{part}");
        Assert.Equal(Truth, result.Value!.Candidates[0].Value);
    }

    [Fact]
    public async Task A_crop_that_is_mostly_the_vin_is_read_whole_by_the_legacy_engine()
    {
        var engine = ReadingALineAt(new OcrBox(0, 0, 900, 140));

        await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        Assert.Null(engine.PartsRead.Single(p => p.Pass == OcrPass.LatinLegacy).Region);
    }

    [Fact]
    public async Task A_vin_both_readings_leave_in_doubt_is_decided_with_the_networks_reading_of_its_line()
    {
        var engine = ReadingALineAt(new OcrBox(0, 0, 1280, 960), network: Truth, legacy: MisreadTwice);

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        var line = Assert.NotNull(engine.PartsRead.Single(p => p.Pass == OcrPass.LatinLineNetwork).Region);
        Assert.True(
            line.Left <= 400 && line.Right >= 400 + 17 * 20 && line.Top <= 500 && line.Bottom >= 530,
            $"{line}"
        );
        Assert.Equal(Truth, result.Value!.Candidates[0].Value);
        Assert.True(result.Value.Candidates[0].Valid, string.Join(", ", result.Value.Candidates));
    }

    [Fact]
    public async Task A_network_that_agrees_with_the_misreading_leaves_the_decision_to_the_legacy_engine_as_well()
    {
        var engine = ReadingALineAt(new OcrBox(0, 0, 1280, 960), network: MisreadTwice);

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        OcrPass[] all = [OcrPass.Latin, OcrPass.LatinDenoised, OcrPass.LatinLineNetwork, OcrPass.LatinLegacy];
        Assert.Equal(all.Order(), engine.PassesRead.Order());
        Assert.Equal(Truth, result.Value!.Candidates[0].Value);
    }

    [Fact]
    public async Task The_legacy_engine_reads_the_latin_passs_line_at_the_same_time_as_the_denoised_reading()
    {
        var engine = ReadingALineAt(
            new OcrBox(0, 0, 1280, 960),
            meeting: (Waiting: OcrPass.LatinDenoised, Until: OcrPass.LatinLegacy)
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        Assert.True(engine.Met);
        Assert.Equal(Truth, result.Value!.Candidates[0].Value);
        Assert.False(engine.ReadAfterDispose);
    }

    [Fact]
    public async Task Without_a_line_the_readings_found_the_network_is_not_asked()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string>
            {
                [OcrPass.Latin] = MisreadTwice,
                [OcrPass.LatinDenoised] = MisreadTwice,
                [OcrPass.LatinLineNetwork] = Truth,
            }
        );

        await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        Assert.DoesNotContain(OcrPass.LatinLineNetwork, engine.PassesRead);
    }

    /// <summary>Both fast readings find the misread VIN as one line of 20-pixel characters at (400, 500).</summary>
    private static FakeOcrEngine ReadingALineAt(
        OcrBox page,
        string network = MisreadTwice,
        string legacy = Truth,
        (OcrPass Waiting, OcrPass Until)? meeting = null
    )
    {
        var boxed = BoxedText.At(MisreadTwice, 400, 500);
        return new FakeOcrEngine(
            new Dictionary<OcrPass, OcrText>
            {
                [OcrPass.Latin] = boxed,
                [OcrPass.LatinDenoised] = boxed,
                [OcrPass.LatinLineNetwork] = OcrText.Plain(network),
                [OcrPass.LatinLegacy] = OcrText.Plain(legacy),
            }
        )
        {
            PageBounds = page,
            Meeting = meeting,
        };
    }
}
