using CarPass.Domain.Ocr;
using CarPass.Host.Tests;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Extraction;
using CarPass.Ocr.Network;
using CarPass.Ocr.Samples;
using CarPass.Ocr.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr.Tests.Engine;

/// <summary>
/// The models the build bundles (tessdata's English model for Tesseract's legacy engine, and
/// PaddleOCR's line network run by ONNX Runtime), and the reader without each.
/// </summary>
public class BundledModelsEngineTests(RealEngineFixture engine) : IClassFixture<RealEngineFixture>
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
        var (legacy, result, logs) = await WithoutAsync((o, path) => o.BundledModelsPath = path, OcrPass.LatinLegacy);

        Assert.True(legacy.IsEmpty);
        Assert.Equal(Vin, result.Candidates[0].Value);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(PassSettings.LegacyEnglish));
    }

    [Fact]
    public async Task The_build_bundles_the_line_network_and_it_reads_a_vins_line_found_by_the_latin_pass()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "ocr-network");
        Assert.True(
            File.Exists(Path.Combine(folder, LineNetwork.ModelFile))
                && File.Exists(Path.Combine(folder, LineNetwork.CharactersFile)),
            "the build did not fetch the network (src/CarPass.Ocr/LineNetworkModel.targets)"
        );
        Assert.True(
            File.Exists(Path.Combine(AppContext.BaseDirectory, "libonnxruntime.so")),
            "ONNX Runtime's library is not beside the tests"
        );
        using var page = engine.Engine.Open(Image).Value!;
        var line = VinLine.ForNetwork([await page.ReadAsync(OcrPass.Latin, default)]);

        var read = await page.ReadAsync(OcrPass.LatinLineNetwork, Assert.NotNull(line), default);

        Assert.Equal(Vin, read.ToString().Replace(" ", ""));
        Assert.All(read.Lines.SelectMany(w => w).SelectMany(g => g), g => Assert.InRange(g.Confidence, 0, 100));
    }

    [Fact]
    public async Task Without_the_line_network_its_pass_reads_nothing_and_vins_are_still_read()
    {
        var (network, result, logs) = await WithoutAsync(
            (o, path) => o.LineNetworkPath = path,
            OcrPass.LatinLineNetwork
        );

        Assert.True(network.IsEmpty);
        Assert.Equal(Vin, result.Candidates[0].Value);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(LineNetwork.ModelFile));
    }

    [Fact]
    public async Task A_damaged_network_file_is_logged_and_the_reader_goes_on_without_it()
    {
        var (network, result, logs) = await WithoutAsync(
            (o, path) => o.LineNetworkPath = path,
            OcrPass.LatinLineNetwork,
            fill: folder =>
            {
                File.WriteAllText(Path.Combine(folder, LineNetwork.ModelFile), "not a network");
                File.WriteAllText(Path.Combine(folder, LineNetwork.CharactersFile), "A\nB\n");
            }
        );

        Assert.True(network.IsEmpty);
        Assert.Equal(Vin, result.Candidates[0].Value);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("could not be loaded"));
    }

    [Fact]
    public async Task The_legacy_engine_reads_a_photo_the_same_whatever_it_read_before()
    {
        // Photos of the validation seeds' kind, hard ones included: the classifier adapted to those.
        var photos = SampleSet.Generate(24, 1001, FontSet.Tuning).Where(s => s.Kind == SampleKind.Vin).ToList();
        using var fresh = Services.RealEngine(enginesPerModel: 1);
        var first = new List<string>();
        foreach (var photo in photos)
            first.Add(await LegacyReadingAsync(fresh, photo.Image));

        var again = new List<string>();
        foreach (var photo in photos)
            again.Add(await LegacyReadingAsync(fresh, photo.Image));

        Assert.Equal(first, again);
    }

    /// <summary>The legacy engine's reading with every character's alternatives and confidences, as text to compare.</summary>
    private static async Task<string> LegacyReadingAsync(TesseractEngine engine, byte[] image)
    {
        using var page = engine.Open(image).Value!;
        var read = await page.ReadAsync(OcrPass.LatinLegacy, default);
        return string.Join(
            " ",
            read.Lines.SelectMany(w => w)
                .SelectMany(g => g)
                .Select(g => string.Join("/", g.Choices.Select(c => $"{c.Character}{c.Confidence:F3}")))
        );
    }

    /// <summary>An engine whose folder of one bundled model is empty (or holds what <paramref name="fill"/> writes): what its pass reads over the VIN, what a VIN read gives, and what was logged.</summary>
    private static async Task<(OcrText Pass, OcrResult Result, CapturedLogs Logs)> WithoutAsync(
        Action<OcrOptions, string> emptyFolder,
        OcrPass pass,
        Action<string>? fill = null
    )
    {
        var folder = Directory.CreateTempSubdirectory("carpass-no-model");
        fill?.Invoke(folder.FullName);
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var options = new OcrOptions { EnginesPerModel = 1 };
        emptyFolder(options, folder.FullName);
        using var without = new TesseractEngine(Options.Create(options), loggers.CreateLogger<TesseractEngine>());
        Assert.Null(await without.WarmUpAsync(default));
        using var page = without.Open(Image).Value!;
        var read = await page.ReadAsync(pass, new(0, 0, 400, 60), default);
        var result = await Services.Ocr(without).ReadAsync(Image, OcrKind.Vin, default);
        folder.Delete(recursive: true);
        return (read, result.Value!, logs);
    }
}
