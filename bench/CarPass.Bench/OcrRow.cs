using System.Text.Json;
using CarPass.Bench.Report;

namespace CarPass.Bench;

/// <summary>
/// The OCR row, from the existing OCR benchmark's summary (bench/CarPass.Ocr.Bench, run by
/// bench/run.sh just before this program): CarPass's warm engine against the tesseract CLI.
/// </summary>
public static class OcrRow
{
    public static ResultRow From(string? summaryFile)
    {
        const string what = "OCR";
        const string target = "more accurate and ≥ 3× faster per image";
        if (summaryFile is null || !File.Exists(summaryFile))
            return ResultRow.Pending(
                what,
                "generated VIN/plate images",
                target,
                "The OCR benchmark did not run (see bench/run.sh)."
            );
        using var json = JsonDocument.Parse(File.ReadAllText(summaryFile));
        var root = json.RootElement;
        var images = root.GetProperty("images").GetInt32();
        var carPass = root.GetProperty("carpass");
        if (root.GetProperty("cli").ValueKind == JsonValueKind.Null)
            return ResultRow.Pending(
                what,
                $"{images} generated VIN/plate images",
                target,
                "Run without the tesseract CLI."
            );
        var cli = root.GetProperty("cli");
        double Get(JsonElement e, string name) => e.GetProperty(name).GetDouble();
        var speedup = Get(cli, "median_ms") / Get(carPass, "median_ms");
        var moreAccurate = Get(carPass, "exact") > Get(cli, "exact");
        return new ResultRow(
            what,
            $"{images} generated VIN/plate images, warm engine, one after another",
            $"{Get(carPass, "exact"):F0}/{images} exact, median **{Stats.Ms(Get(carPass, "median_ms"))}** per image",
            $"`tesseract` CLI: {Get(cli, "exact"):F0}/{images} exact, median {Stats.Ms(Get(cli, "median_ms"))}",
            $"{Get(carPass, "exact") / Math.Max(1, Get(cli, "exact")):F1}× as many exact; {Stats.Times(speedup)} faster",
            target,
            moreAccurate && speedup >= 3 ? Verdict.Met : Verdict.Missed,
            "From `bash bench/ocr.sh` (the OCR benchmark, see docs/OCR.md), run by the same script; the CLI is credited with "
                + "an exact read when the value appears anywhere in its output."
        );
    }
}
