using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Service;

/// <summary>
/// Readings that are usually wanted together run at once: an unknown photo's VIN and plate, a plate's
/// two layouts, its sharp and frame-erased readings. The answer is the one read one after the other.
/// </summary>
public class ReadingsAtOnceTests
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

    [Fact]
    public async Task A_plate_is_read_in_both_layouts_at_once()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string> { [OcrPass.PlateSparse] = "К 240 АМ 02" })
        {
            Meeting = (Waiting: OcrPass.Plate, Until: OcrPass.PlateSparse),
        };

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Plate, default);

        Assert.True(engine.Met);
        Assert.Equal("К240АМ02", Assert.Single(result.Value!.Candidates).Value);
    }

    [Fact]
    public async Task A_plate_in_doubt_is_read_sharp_and_without_its_frame_at_once()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string> { [OcrPass.PlateUnframed] = "Т 261 ОЕ 102" })
        {
            Meeting = (Waiting: OcrPass.PlateSharp, Until: OcrPass.PlateUnframed),
        };

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Plate, default);

        Assert.True(engine.Met);
        Assert.Equal("Т261ОЕ102", result.Value!.Candidates[0].Value);
    }

    [Fact]
    public async Task A_plate_the_block_layout_is_sure_of_is_its_answer_alone()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string> { [OcrPass.Plate] = "А 123 ВС 77", [OcrPass.PlateSparse] = "В 456 ТС 99" }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Plate, default);

        var plate = Assert.Single(result.Value!.Candidates);
        Assert.Equal(("А123ВС77", true), (plate.Value, plate.Valid));
        Assert.False(engine.ReadAfterDispose);
    }
}
