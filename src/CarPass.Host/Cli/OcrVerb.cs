using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarPass.Domain.Ocr;
using CarPass.Ocr;

namespace CarPass.Host.Cli;

/// <summary>
/// `ocr [--kind vin|plate|auto|document] image…`: one warm engine reads every image and prints one
/// JSON line per image, best candidate first, so operators can check photos in bulk.
/// </summary>
internal static class OcrVerb
{
    public const string Name = "ocr";
    private const string Section = "OcrCli";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The verb's own arguments travel as configuration; `--Key=value` settings pass through.</summary>
    public static string[] ToHostArgs(string[] args)
    {
        var hostArgs = new List<string> { "--Logging:Console:LogToStandardErrorThreshold=Trace" };
        var files = 0;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--kind" && i + 1 < args.Length)
                hostArgs.Add($"--{Section}:Kind={args[++i]}");
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('='))
                hostArgs.Add(args[i]);
            else
                hostArgs.Add($"--{Section}:Files:{files++}={args[i]}");
        }
        return [.. hostArgs];
    }

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var files = configuration.GetSection($"{Section}:Files").Get<string[]>() ?? [];
        if (
            files.Length == 0
            || !Enum.TryParse<OcrKind>(configuration[$"{Section}:Kind"] ?? "auto", true, out var kind)
        )
        {
            await Console.Error.WriteLineAsync("usage: ocr [--kind vin|plate|auto|document] <image>...");
            return 2;
        }
        var ocr = services.GetRequiredService<IOcrService>();
        if (await ocr.WarmUpAsync(ct) is { } unavailable)
        {
            await Console.Error.WriteLineAsync($"OCR is not available: {unavailable.Code}");
            return 1;
        }
        foreach (var file in files)
            await output.WriteLineAsync(JsonSerializer.Serialize(await ReadAsync(ocr, file, kind, ct), Json));
        return 0;
    }

    private static async Task<OcrLine> ReadAsync(IOcrService ocr, string file, OcrKind kind, CancellationToken ct)
    {
        if (!File.Exists(file))
            return new OcrLine(file, null, [], "file_not_found");
        await using var stream = File.OpenRead(file);
        var outcome = await ocr.ReadAsync(stream, kind, ct);
        return new OcrLine(file, outcome.Value?.ReadAs, outcome.Value?.Candidates ?? [], outcome.Error?.Code);
    }

    /// <param name="ReadAs">What the image was read as: the kind asked, or for auto "document" (a certificate) or "auto".</param>
    private sealed record OcrLine(string File, OcrKind? ReadAs, IReadOnlyList<OcrCandidate> Candidates, string? Error);
}
