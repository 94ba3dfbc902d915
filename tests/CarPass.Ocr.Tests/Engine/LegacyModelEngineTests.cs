using CarPass.Domain.Ocr;
using CarPass.Host.Tests;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Extraction;
using CarPass.Ocr.Samples;
using CarPass.Ocr.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr.Tests.Engine;

/// <summary>The model the build bundles (Tesseract's legacy engine, tessdata's English model), and the reader without it.</summary>
public class LegacyModelEngineTests(RealEngineFixture engine) : IClassFixture<RealEngineFixture>
{
    private const string Vin = "XTA210930Y2696789";
    private static readonly byte[] Image = TextSample.Render([Vin], SampleStyle.Clean(2, 40), 1);

    [Fact]
    public async Task The_build_bundles_the_legacy_engines_english_model_and_it_reads_a_vin()
    {
        Assert.True(
            File.Exists(
                Path.Combine(AppContext.BaseDirectory, "tessdata", $"{PassSettings.LegacyEnglish}.traineddata")
            ),
            "the build did not fetch the model (src/CarPass.Ocr/LegacyEnglishModel.targets)"
        );
        using var page = engine.Engine.Open(Image).Value!;

        var read = await page.ReadAsync(OcrPass.LatinLegacy, default);

        // A weaker reader than the LSTM on its own (here one character of 17 wrong): its worth is
        // being wrong in other places, which the decoder weighs with the other readings.
        var text = new string(read.ToString().Replace(" ", "").Select(LookAlikes.InVin).ToArray());
        Assert.Equal(Vin.Length, text.Length);
        Assert.True(text.Zip(Vin).Count(p => p.First != p.Second) <= 2, text);
    }

    [Fact]
    public async Task Without_the_bundled_model_its_passes_read_nothing_and_vins_are_still_read()
    {
        var folder = Directory.CreateTempSubdirectory("carpass-no-models");
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var options = new OcrOptions { EnginesPerModel = 1, BundledModelsPath = folder.FullName };
        using var withoutModel = new TesseractEngine(Options.Create(options), loggers.CreateLogger<TesseractEngine>());
        Assert.Null(await withoutModel.WarmUpAsync(default));
        using var page = withoutModel.Open(Image).Value!;

        var legacy = await page.ReadAsync(OcrPass.LatinLegacy, default);
        var result = await Services.Ocr(withoutModel).ReadAsync(Image, OcrKind.Vin, default);

        Assert.True(legacy.IsEmpty);
        Assert.Equal(Vin, result.Value!.Candidates[0].Value);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(PassSettings.LegacyEnglish));
        folder.Delete();
    }
}
