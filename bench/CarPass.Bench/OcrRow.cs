using System.Text.Json;
using CarPass.Bench.Report;

namespace CarPass.Bench;

/// <summary>
/// The OCR row, from the OCR benchmark's summary (bench/CarPass.Ocr.Bench, run by bench/run.sh just
/// before this program): CarPass's warm engine against the tesseract CLI on the same images, on
/// font families the reader was never tuned on, certificates and photo-like scenes.
/// </summary>
public static class OcrRow
{
    private const string What = "OCR";
    private const string Target =
        "unseen fonts: VIN and plate ≥ 95 % exact; certificates: VIN and plate ≥ 95 % found; valid VINs ≥ 99 % right; "
        + "mean time per image ≤ the CLI's in every row";

    public static ResultRow From(string? summaryFile)
    {
        if (summaryFile is null || !File.Exists(summaryFile))
            return ResultRow.Pending(
                What,
                "generated images",
                Target,
                "The OCR benchmark did not run (see bench/run.sh)."
            );
        using var json = JsonDocument.Parse(File.ReadAllText(summaryFile));
        var root = json.RootElement;
        var rows = root.GetProperty("rows");
        if (
            !rows.TryGetProperty("unseen fonts", out var unseen)
            || unseen.GetProperty("cli").ValueKind == JsonValueKind.Null
        )
            return ResultRow.Pending(
                What,
                "generated images",
                Target,
                "Run without the unseen row or the tesseract CLI."
            );
        var certificates = rows.GetProperty("certificates");
        var rowsRead = rows.EnumerateObject().Select(r => r.Value).ToList();
        double Sum(string reader, string name) =>
            rowsRead.Sum(r => r.GetProperty(reader).GetProperty(name).GetDouble());
        var meanCarPass = Sum("carpass", "mean_ms") / rowsRead.Count;
        var meanCli = Sum("cli", "mean_ms") / rowsRead.Count;
        var (validRight, valid) = (
            root.GetProperty("valid_vins_right").GetInt32(),
            root.GetProperty("valid_vins").GetInt32()
        );
        var shares = new[]
        {
            Share(unseen.GetProperty("carpass"), "vins"),
            Share(unseen.GetProperty("carpass"), "plates"),
            Share(certificates.GetProperty("carpass"), "vins"),
            Share(certificates.GetProperty("carpass"), "plates"),
        };
        var validShare = valid == 0 ? 1 : validRight / (double)valid;
        var slower = rows.EnumerateObject()
            .Where(r => Mean(r.Value, "carpass") > Mean(r.Value, "cli"))
            .Select(r => r.Name)
            .ToList();
        var met = shares.All(s => s >= 0.95) && validShare >= 0.99 && slower.Count == 0;
        return new ResultRow(
            What,
            $"{root.GetProperty("images").GetInt32()} generated images in 4 rows (tuning fonts, unseen fonts, certificates, scenes), warm engine, one after another",
            $"unseen fonts: VIN {Percent(shares[0])}, plate {Percent(shares[1])} exact; certificates: VIN {Percent(shares[2])}, "
                + $"plate {Percent(shares[3])} found; valid VINs {validRight}/{valid} right; mean **{Stats.Ms(meanCarPass)}** per image",
            $"`tesseract` CLI: unseen fonts VIN {Percent(Share(unseen.GetProperty("cli"), "vins"))}, plate "
                + $"{Percent(Share(unseen.GetProperty("cli"), "plates"))}; certificates VIN {Percent(Share(certificates.GetProperty("cli"), "vins"))}; "
                + $"mean {Stats.Ms(meanCli)}",
            $"{Stats.Times(meanCli / meanCarPass)} faster (mean of the rows' means)"
                + (slower.Count > 0 ? $"; slower than the CLI on {string.Join(", ", slower)}" : ""),
            Target,
            met ? Verdict.Met : Verdict.Missed,
            $"From `bash bench/ocr.sh` (see docs/OCR.md); CarPass startup {root.GetProperty("startup_ms").GetDouble():F0} ms, apart. "
                + "The CLI is credited when the value appears anywhere in its output."
        );
    }

    private static double Mean(JsonElement row, string reader) =>
        row.GetProperty(reader).GetProperty("mean_ms").GetDouble();

    private static double Share(JsonElement reader, string kind) =>
        reader.GetProperty($"{kind}_exact").GetDouble() / Math.Max(1, reader.GetProperty(kind).GetDouble());

    private static string Percent(double share) => $"{share * 100:F0} %";
}
