using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Finds VINs in recognised text (<see cref="VinWindows"/>), decodes each place with its
/// alternatives under the VIN's rules (<see cref="VinDecoder"/>), and proposes the likeliest. A
/// reading is valid only when it passes the passport's rules and no other reading comes within
/// <see cref="DoubtMargin"/> of it: when unsure, up to three are offered, none valid.
/// </summary>
public static class VinExtractor
{
    /// <summary>How much likelier (natural log) the best reading must be than the next to be offered as sure.</summary>
    public const double DoubtMargin = 3.0;

    private const double GuessCost = 2.0;
    private const int MostCandidates = 3;

    public static IReadOnlyList<OcrCandidate> Extract(string text, int currentYear) =>
        Extract(OcrText.Plain(text), currentYear);

    public static IReadOnlyList<OcrCandidate> Extract(OcrText text, int currentYear)
    {
        var windows = VinWindows.Of(text).ToList();
        var readings = windows
            .SelectMany(window =>
                VinDecoder
                    .Decode(window.Glyphs)
                    .Where(h => !window.Guess || h.CheckDigitRight)
                    .Select(h => (Hypothesis: h with { Cost = h.Cost + (window.Guess ? GuessCost : 0) }, window.Raw))
            )
            .GroupBy(r => r.Hypothesis.Text)
            .Select(g => g.MinBy(r => r.Hypothesis.Cost))
            .OrderBy(r => r.Hypothesis.Cost)
            .ToList();
        if (readings.Count == 0)
            return Mismatches(windows, currentYear);
        var best = readings[0].Hypothesis.Cost;
        var contenders = readings.TakeWhile(r => r.Hypothesis.Cost - best < DoubtMargin).Take(MostCandidates).ToList();
        return contenders
            .Select(r => Candidate(r.Hypothesis, r.Raw, sure: contenders.Count == 1, currentYear))
            .ToList();
    }

    // A North-American reading no choice of look-alikes puts right: shown once, never valid.
    private static IReadOnlyList<OcrCandidate> Mismatches(List<VinWindow> windows, int currentYear) =>
        windows
            .Where(w => !w.Guess && Vin.IsCheckDigitMandatory(w.Raw) && w.Raw.All(char.IsAsciiLetterOrDigit))
            .Select(w => VinCandidates.Of(w.Raw, false, OcrReasons.CheckDigitMismatch, currentYear))
            .Take(1)
            .ToList();

    private static OcrCandidate Candidate(VinHypothesis reading, string raw, bool sure, int currentYear)
    {
        var reason =
            !reading.CheckDigitRight ? OcrReasons.VinPattern
            : reading.Text == raw ? OcrReasons.CheckDigitOk
            : OcrReasons.CheckDigitResolved;
        return VinCandidates.Of(reading.Text, sure && Vin.Validate(reading.Text).IsSuccess, reason, currentYear);
    }
}
