using CarPass.Ocr.Imaging;

namespace CarPass.Ocr.Bench;

/// <summary>
/// --count N (VIN and plate images per font row, 200 for a report; certificates and scenes scale
/// with it), --validation (the development set: every kind in tuning fonts on seeds no report uses,
/// with the misses listed; --seed N draws it from seeds N, N+1 and N+2 instead of 1001–1003, a fresh
/// development sample), --rows tuning,unseen,certificates,scenes, --keep DIR (leave the images
/// there), --no-cli, --auto (every image read as an unknown photo, as the chat reads a photo sent outside a flow), --no-legacy-model (without the bundled model Tesseract's legacy engine reads), --no-line-network (without the line recognition network), --summary FILE (a JSON summary for bench/run.sh); how images are prepared:
/// --upscale-below N, --downscale-above N, --no-denoise, --otsu, --no-deskew.
/// </summary>
internal sealed record BenchOptions(
    int Count,
    bool Validation,
    IReadOnlySet<string> Rows,
    string? Folder,
    bool SkipCli,
    PreparationSettings Preparation,
    string? Summary = null,
    bool NoLegacyModel = false,
    bool NoLineNetwork = false,
    bool Auto = false,
    int ValidationSeed = 1001
)
{
    public static readonly string[] AllRows = ["tuning", "unseen", "certificates", "scenes"];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(200, false, AllRows.ToHashSet(), null, false, PreparationSettings.Default);
        for (var i = 0; i < args.Length; i++)
        {
            var preparation = options.Preparation;
            options = args[i] switch
            {
                "--count" => options with { Count = int.Parse(args[++i]) },
                "--validation" => options with { Validation = true },
                "--rows" => options with { Rows = args[++i].Split(',').ToHashSet() },
                "--keep" => options with { Folder = Path.GetFullPath(args[++i]) },
                "--no-cli" => options with { SkipCli = true },
                "--no-legacy-model" => options with { NoLegacyModel = true },
                "--no-line-network" => options with { NoLineNetwork = true },
                "--auto" => options with { Auto = true },
                "--seed" => options with { ValidationSeed = int.Parse(args[++i]) },
                "--summary" => options with { Summary = Path.GetFullPath(args[++i]) },
                "--upscale-below" => options with
                {
                    Preparation = preparation with { UpscaleBelow = int.Parse(args[++i]) },
                },
                "--downscale-above" => options with
                {
                    Preparation = preparation with { DownscaleAbove = int.Parse(args[++i]) },
                },
                "--no-denoise" => options with { Preparation = preparation with { Denoise = false } },
                "--otsu" => options with { Preparation = preparation with { Sauvola = false } },
                "--no-deskew" => options with { Preparation = preparation with { Deskew = false } },
                var unknown => throw new ArgumentException($"Unknown option {unknown}"),
            };
        }
        return options;
    }
}
