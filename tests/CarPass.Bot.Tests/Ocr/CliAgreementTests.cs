using System.Text.Json;
using CarPass.Data.Ocr;
using CarPass.Domain.Ocr;
using CarPass.Ocr.Samples;
using Microsoft.Data.Sqlite;

namespace CarPass.Bot.Tests.Ocr;

/// <summary>
/// `auto` is one reading: the chat and the `ocr` CLI verb (the host's real entry point, --kind auto)
/// read the same images into the same candidates, certificates included.
/// </summary>
[Collection(OcrCollection.Name)]
public sealed class CliAgreementTests(OcrWorld ocr) : IDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "carpass-ocr-agree",
        Guid.NewGuid().ToString("N")
    );

    [Fact]
    public async Task The_chat_and_the_cli_propose_the_same_candidates_for_every_image()
    {
        Directory.CreateDirectory(_folder);
        var images = new Dictionary<string, byte[]>
        {
            ["vin.png"] = OcrImages.Vin("1HGCM82633A004352"),
            ["plate.png"] = OcrImages.Plate("К240АМ", "02"),
            ["certificate.png"] = OcrImages.Certificate(
                new CertificateFields("Т100ТС197", "1HGGDZ0V29JL63136", "KIA RIO", 2018, "СИНИЙ")
            ),
            ["words.png"] = OcrImages.Words(),
        };

        var fromChat = new Dictionary<string, (OcrKind, string)>();
        var owner = 7300L;
        foreach (var (name, image) in images)
        {
            // One owner per photo: the photo limit in these tests is three.
            await ocr.CarAsync(++owner, "Rio");
            var before = (await ocr.ScansAsync(owner)).Select(s => s.Id).ToHashSet();
            var answer = await ocr.World.PhotoAsync(owner, image);
            var scan = (await ocr.ScansAsync(owner)).SingleOrDefault(s => !before.Contains(s.Id));
            Assert.True(scan is not null, $"{name}: {answer.Text}");
            fromChat[name] = (scan.Kind, Canonical(OcrCandidatesJson.Read(scan.CandidatesJson)));
            await File.WriteAllBytesAsync(Path.Combine(_folder, name), image);
        }
        var fromCli = await CliAsync(images.Keys.Select(name => Path.Combine(_folder, name)).ToArray());

        Assert.Equal(OcrKind.Document, fromChat["certificate.png"].Item1);
        Assert.Contains("make_model", fromChat["certificate.png"].Item2);
        Assert.All(images.Keys, name => Assert.Equal(fromChat[name], fromCli[name]));
    }

    private async Task<Dictionary<string, (OcrKind, string)>> CliAsync(string[] files)
    {
        string[] args =
        [
            "ocr",
            "--kind",
            "auto",
            .. files,
            $"--ConnectionStrings:CarPass=Data Source={Path.Combine(_folder, "cli.db")}",
            "--Logging:LogLevel:Default=Warning",
        ];
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            var entry = typeof(Program).Assembly.EntryPoint!;
            Assert.Equal(0, await Task.Run(() => (int)entry.Invoke(null, [args])!));
        }
        finally
        {
            Console.SetOut(original);
        }
        return output
            .ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(
                line => Path.GetFileName(line.GetProperty("file").GetString()!),
                line =>
                    (
                        Enum.Parse<OcrKind>(line.GetProperty("read_as").GetString()!, ignoreCase: true),
                        Canonical(OcrCandidatesJson.Read(line.GetProperty("candidates").GetRawText()))
                    )
            );
    }

    private static string Canonical(IReadOnlyList<OcrCandidate> candidates) => OcrCandidatesJson.Write(candidates);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
