using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Extraction;

internal static class VinCandidates
{
    public static OcrCandidate Of(string vin, bool valid, string reason, int currentYear) =>
        new(OcrField.Vin, vin, valid, reason, ModelYear: ModelYear(vin, currentYear));

    /// <summary>The latest year the tenth character stands for that is not after next year.</summary>
    private static int? ModelYear(string vin, int currentYear)
    {
        var years = Vin.ModelYears(vin).Where(y => y <= currentYear + 1).ToList();
        return years.Count == 0 ? null : years.Max();
    }
}
