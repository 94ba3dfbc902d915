using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;

namespace CarPass.Ocr.Extraction;

/// <summary>Which passes a kind of scan runs, in which order, and how their candidates are merged.</summary>
internal static class CandidateReader
{
    public static async Task<OcrResult> ReadAsync(IOcrPage page, OcrKind kind, int currentYear, CancellationToken ct) =>
        kind switch
        {
            OcrKind.Vin => new(await VinReader.ReadAsync(page, currentYear, ct), kind),
            OcrKind.Plate => new(await PlateReader.ReadAsync(page, latinText: null, ct), kind),
            OcrKind.Document => new(await DocumentReader.ReadAsync(page, currentYear, ct), kind),
            _ => await AutoReader.ReadAsync(page, currentYear, ct),
        };
}
