using System.Text.Json;
using CarPass.Ocr.Samples;
using Microsoft.Data.Sqlite;

namespace CarPass.Ocr.Tests.Cli;

/// <summary>The host's real entry point with the ocr verb, as an operator runs it.</summary>
[Collection(nameof(ConsoleOutput))]
public sealed class OcrVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "carpass-ocr-cli", Guid.NewGuid().ToString("N"));

    public OcrVerbTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Each_image_gives_one_json_line_with_the_best_candidate_first()
    {
        var vin = Write("vin.png", TextSample.Render(["VIN 1M8GDM9AXKP042788"], SampleStyle.Clean(), 1));
        var plate = Write("plate.png", PlateSample.Render("А123ВС", "77", SampleStyle.Clean(1, 48), 1));
        var notImage = Write("notes.txt", "not a picture"u8.ToArray());

        var (exitCode, lines) = await RunAsync("ocr", vin, plate, notImage, Path.Combine(_folder, "missing.png"));

        Assert.Equal(0, exitCode);
        Assert.Equal(4, lines.Count);
        Assert.Equal(vin, lines[0].GetProperty("file").GetString());
        var best = lines[0].GetProperty("candidates")[0];
        Assert.Equal(
            ("vin", "1M8GDM9AXKP042788", true),
            (Text(best, "kind"), Text(best, "value"), best.GetProperty("valid").GetBoolean())
        );
        Assert.Equal("А123ВС77", Text(lines[1].GetProperty("candidates")[0], "value"));
        Assert.Equal("ocr_not_an_image", Text(lines[2], "error"));
        Assert.Equal("file_not_found", Text(lines[3], "error"));
    }

    [Fact]
    public async Task The_kind_limits_what_is_looked_for()
    {
        var plate = Write("plate.png", PlateSample.Render("А123ВС", "77", SampleStyle.Clean(1, 48), 1));

        var (_, lines) = await RunAsync("ocr", "--kind", "vin", plate);

        Assert.Equal(0, lines[0].GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public async Task Auto_reads_a_registration_certificate_as_the_chat_does()
    {
        var fields = new CertificateFields("Т100ТС197", "1HGGDZ0V29JL63136", "KIA RIO", 2018, "СИНИЙ");
        var certificate = Write("cert.png", CertificateSample.Render(fields, SampleStyle.Clean(2, 32), 1));

        var (_, lines) = await RunAsync("ocr", "--kind", "auto", certificate);

        Assert.True(lines[0].TryGetProperty("read_as", out var readAs), lines[0].ToString());
        Assert.Equal("document", readAs.GetString());
        var found = lines[0].GetProperty("candidates").EnumerateArray().Select(c => Text(c, "value")).ToList();
        Assert.Contains(fields.Vin, found);
        Assert.Contains(fields.Plate, found);
        Assert.Contains(fields.MakeModel, found);
    }

    [Fact]
    public async Task Without_images_it_explains_its_usage()
    {
        var (exitCode, lines) = await RunAsync("ocr");

        Assert.Equal(2, exitCode);
        Assert.Empty(lines);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<(int ExitCode, List<JsonElement> Lines)> RunAsync(params string[] verbArgs)
    {
        string[] args =
        [
            .. verbArgs,
            $"--ConnectionStrings:CarPass=Data Source={Path.Combine(_folder, "carpass.db")}",
            "--Logging:LogLevel:Default=Warning",
        ];
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            var entry = typeof(Program).Assembly.EntryPoint!;
            var exitCode = await Task.Run(() => (int)entry.Invoke(null, [args])!);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return (
                exitCode,
                lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList()
            );
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
