using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Service;

public class OcrServiceTests
{
    private static readonly byte[] Image = TestImages.CleanVin("WVWZZZ1JZXW000001");

    [Fact]
    public async Task A_vin_scan_reads_only_the_latin_pass()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string> { [OcrPass.Latin] = "VIN 1M8GDM9AXKP042788" });

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        Assert.Equal("1M8GDM9AXKP042788", result.Value!.Candidates[0].Value);
        Assert.Equal([OcrPass.Latin], engine.PassesRead);
    }

    [Fact]
    public async Task Auto_stops_after_a_vin_with_a_right_check_digit()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string> { [OcrPass.Latin] = "1M8GDM9AXKP042788" });

        await Services.Ocr(engine).ReadAsync(Image, OcrKind.Auto, default);

        Assert.Equal([OcrPass.Latin], engine.PassesRead);
    }

    [Fact]
    public async Task Auto_finds_a_russian_plate_when_there_is_no_vin()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string> { [OcrPass.Latin] = "A123BC77", [OcrPass.Plate] = "А 123 ВС 77" }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Auto, default);

        var plate = Assert.Single(result.Value!.Candidates);
        Assert.Equal(("А123ВС77", "RU"), (plate.Value, plate.Country));
    }

    [Fact]
    public async Task A_foreign_plate_is_read_only_when_no_russian_series_was_seen()
    {
        var foreign = new FakeOcrEngine(
            new Dictionary<OcrPass, string> { [OcrPass.Plate] = "", [OcrPass.Latin] = "F AB 123 CD" }
        );
        var seriesOnly = new FakeOcrEngine(
            new Dictionary<OcrPass, string> { [OcrPass.Plate] = "К 240 АМ", [OcrPass.Latin] = "K240AM" }
        );

        var found = await Services.Ocr(foreign).ReadAsync(Image, OcrKind.Plate, default);
        var none = await Services.Ocr(seriesOnly).ReadAsync(Image, OcrKind.Plate, default);

        Assert.Equal(("AB123CD", "FR"), (found.Value!.Candidates[0].Value, found.Value.Candidates[0].Country));
        Assert.False(none.Value!.Found);
        OcrPass[] all = [OcrPass.Plate, OcrPass.PlateSparse, OcrPass.PlateSharp, OcrPass.PlateUnframed];
        Assert.Equal(all.Order(), seriesOnly.PassesRead.Order());
    }

    [Fact]
    public async Task A_plate_neither_plate_layout_reads_is_read_over_the_sharp_image_as_well()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string>
            {
                [OcrPass.Plate] = "",
                [OcrPass.PlateSparse] = "К 240",
                [OcrPass.PlateSharp] = "К 240 АМ 02",
            }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Plate, default);

        Assert.Equal("К240АМ02", Assert.Single(result.Value!.Candidates).Value);
        OcrPass[] all = [OcrPass.Plate, OcrPass.PlateSparse, OcrPass.PlateSharp, OcrPass.PlateUnframed];
        Assert.Equal(all.Order(), engine.PassesRead.Order());
    }

    [Fact]
    public async Task A_plate_whose_frame_hid_its_characters_is_read_once_the_frame_is_erased()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string> { [OcrPass.PlateUnframed] = "Т 261 ОЕ 102" });

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Plate, default);

        Assert.Equal("Т261ОЕ102", result.Value!.Candidates[0].Value);
    }

    [Fact]
    public async Task Text_that_is_neither_vin_nor_plate_gives_an_empty_result()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string> { [OcrPass.Latin] = "HELLO WORLD", [OcrPass.Plate] = "НЕТ" }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Auto, default);

        Assert.True(result.IsSuccess);
        Assert.False(result.Value!.Found);
    }

    [Fact]
    public async Task A_certificate_without_a_readable_vin_line_gets_a_second_latin_pass()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string>
            {
                [OcrPass.Document] = "Идентификационный номер (VIN) ХТА2109З0У269б789\nЦвет БЕЛЫЙ",
                [OcrPass.Latin] = "NAEHTNONKALNOHHBIN HOMEP (VIN) XTA210930Y2696789",
            }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Document, default);

        Assert.Equal(["XTA210930Y2696789", "БЕЛЫЙ"], result.Value!.Candidates.Select(c => c.Value));
    }

    [Fact]
    public async Task A_certificate_vin_glued_to_its_label_is_still_the_labelled_vin()
    {
        // The Latin model often drops the space after the label; the Russian one broke the VIN here.
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string>
            {
                [OcrPass.Document] = "Идентификационный номер (VIN) 4T15@VDR2CT2@D8RA\nЦвет БЕЛЫЙ",
                [OcrPass.Latin] = "UETOHHHOMEVIN4T150VDR2CT20D8RA",
            }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Document, default);

        Assert.Equal(["4T150VDR2CT20D8RA", "БЕЛЫЙ"], result.Value!.Candidates.Select(c => c.Value));
    }

    [Fact]
    public async Task A_certificate_vin_is_decided_by_the_latin_reading_when_the_russian_one_read_an_s_for_a_5()
    {
        var engine = new FakeOcrEngine(
            new Dictionary<OcrPass, string>
            {
                [OcrPass.Document] = "Идентификационный номер (VIN) SJNAS75J4ERHH6BLK\nЦвет БЕЛЫЙ",
                [OcrPass.Latin] = "UETOHHHOMEVIN SJNA575J4ERHH6BLK",
            }
        );

        var result = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Document, default);

        Assert.Equal("SJNA575J4ERHH6BLK", result.Value!.Candidates[0].Value);
        Assert.DoesNotContain(result.Value.Candidates, c => c.Value == "SJNAS75J4ERHH6BLK");
    }

    [Fact]
    public async Task Input_checks_run_before_the_engine_and_engine_failures_pass_through()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string>(), new DomainError(OcrErrorCodes.ImageBlank));

        var notImage = await Services.Ocr(engine).ReadAsync("plain text"u8.ToArray(), OcrKind.Vin, default);
        var blank = await Services.Ocr(engine).ReadAsync(Image, OcrKind.Vin, default);

        Assert.Equal(OcrErrorCodes.NotAnImage, notImage.Error!.Code);
        Assert.Equal(OcrErrorCodes.ImageBlank, blank.Error!.Code);
        Assert.Empty(engine.PassesRead);
    }

    [Fact]
    public async Task At_most_the_configured_number_of_images_are_decoded_at_once()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string>()) { OpenTime = TimeSpan.FromMilliseconds(150) };
        var ocr = Services.Ocr(engine, new OcrOptions { MaxConcurrentDecodes = 2 });

        // Each read starts on a thread of its own, so nothing but the limit keeps them apart.
        await Task.WhenAll(
            Enumerable
                .Range(0, 6)
                .Select(_ =>
                    Task.Factory.StartNew(
                            () => ocr.ReadAsync(Image, OcrKind.Vin, default),
                            CancellationToken.None,
                            TaskCreationOptions.LongRunning,
                            TaskScheduler.Default
                        )
                        .Unwrap()
                )
        );

        Assert.Equal(6, engine.ImagesOpened);
        Assert.Equal(2, engine.MostOpenedAtOnce);
    }

    [Fact]
    public async Task A_jpeg_with_hundreds_of_scans_never_reaches_the_decoder()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string>());

        var outcome = await Services.Ocr(engine).ReadAsync(TestImages.ProgressiveJpeg(500), OcrKind.Vin, default);

        Assert.Equal(OcrErrorCodes.ImageTooComplex, outcome.Error!.Code);
        Assert.Equal(0, engine.ImagesOpened);
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_is_refused_without_reading_it_all()
    {
        var engine = new FakeOcrEngine(new Dictionary<OcrPass, string>());
        var stream = new CountingStream(bytesAvailable: 50L * 1024 * 1024);

        var outcome = await Services
            .Ocr(engine, new OcrOptions { MaxImageMegabytes = 1 })
            .ReadAsync(stream, OcrKind.Vin, default);

        Assert.Equal(OcrErrorCodes.ImageTooLarge, outcome.Error!.Code);
        Assert.True(stream.Position < 2 * 1024 * 1024);
    }
}
