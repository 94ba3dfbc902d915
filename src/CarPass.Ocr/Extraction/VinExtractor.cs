using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Finds VINs in recognised text (<see cref="GlyphWindows"/>), decodes each place with its
/// alternatives under the VIN's rules (<see cref="VinDecoder"/>), and proposes the likeliest. Given
/// several readings of one image (passes over differently prepared pixels), a VIN's cost is the sum
/// of what each reading says of it. A VIN is valid only when it passes the passport's rules and
/// no other comes within <see cref="DoubtMargin"/> of it (within one unweighed look-alike when the other
/// passes the check digit too): when unsure, up to three are offered, none valid.
/// </summary>
public static class VinExtractor
{
    /// <summary>How much likelier (natural log) the best reading must be than the next to be offered as sure.</summary>
    public const double DoubtMargin = 5.0;

    /// <summary>A reading that needed a look-alike the model did not weigh (or more) is never offered as sure.</summary>
    public const double MostSureCost = 5.0;

    private const string Label = "VIN";
    private const int ProposalsPerWindow = 6;
    private const int MostCandidates = 3;

    public static IReadOnlyList<OcrCandidate> Extract(string text, int currentYear) =>
        Extract([OcrText.Plain(text)], currentYear);

    public static IReadOnlyList<OcrCandidate> Extract(OcrText text, int currentYear) => Extract([text], currentYear);

    public static IReadOnlyList<OcrCandidate> Extract(IReadOnlyList<OcrText> readings, int currentYear)
    {
        var windows = readings.Select(r => GlyphWindows.Of(r, Vin.Length, Label).ToList()).ToList();
        var proposals = windows
            .SelectMany(pass => pass)
            .SelectMany(window =>
                VinDecoder
                    .Decode(window.Glyphs)
                    .Where(h => !window.Guess || h.CheckDigitRight)
                    .Take(ProposalsPerWindow)
                    .Select(h => (h.Text, h.CheckDigitRight, Raw: Raw(window), window.Guess))
            )
            .DistinctBy(p => p.Text)
            .Select(p => (p.Text, p.CheckDigitRight, p.Raw, p.Guess, Cost: Cost(windows, p.Text)))
            .OrderBy(p => p.Cost)
            .ToList();
        if (proposals.Count == 0)
            return Mismatches(windows.SelectMany(pass => pass), currentYear);
        var best = proposals[0].Cost;
        // A rival that passes the check digit as well is one it cannot rule out: only the readings
        // separate them, so it stays in contention until it is more than one unweighed look-alike behind.
        var contenders = proposals
            .Where(p => p.Cost - best < (p.CheckDigitRight ? GlyphAlternatives.LookAlikeCost : DoubtMargin))
            .Take(MostCandidates)
            .ToList();
        // Sure: confirmed by its check digit, alone within the margin, read from a window of its own, with
        // little changed (per reading of the image). Without a check digit nothing tells 5 from S but the
        // model, which is often sure and wrong about them: such a VIN is offered, never as sure. A reading
        // that holds only guesses (a character left out) makes the others look surer than they are. A
        // first character that may be its North-American look-alike leaves the region in doubt.
        var sure =
            contenders.Count == 1
            && contenders[0].CheckDigitRight
            && !contenders[0].Guess
            && best + VinDecoder.Bonus(contenders[0].Text) <= MostSureCost * readings.Count
            && !windows.Any(pass => pass.Count > 0 && pass.All(w => w.Guess))
            && !RegionInDoubt(contenders[0].Text);
        return contenders.Select(p => Candidate(p.Text, p.CheckDigitRight, p.Raw, sure, currentYear)).ToList();
    }

    // The first character decides the region, and so whether the check digit must be right. Where its
    // printed look-alike would make the VIN North American (S/5, Z/2, A/4), only the model tells them
    // apart, and a check digit right by chance outside North America confirms nothing: on the
    // validation set a 5YJ… read as SYJ… with a 9 read as 1 was offered as sure.
    private static bool RegionInDoubt(string vin) => VinDecoder.NorthAmericanLookAlike(vin[0]) is not null;

    private static double Cost(List<List<GlyphWindow>> windows, string vin) =>
        GlyphAlternatives.OverReadings(windows, vin, VinDecoder.Cost) - VinDecoder.Bonus(vin);

    /// <summary>The characters as read, with I, O and Q already their digits.</summary>
    private static string Raw(GlyphWindow window) => new(window.Latin.Select(LookAlikes.InVin).ToArray());

    // A North-American reading no choice of look-alikes puts right: shown once, never valid.
    private static IReadOnlyList<OcrCandidate> Mismatches(IEnumerable<GlyphWindow> windows, int currentYear) =>
        windows
            .Where(w => !w.Guess && Vin.IsCheckDigitMandatory(Raw(w)))
            .Select(w => VinCandidates.Of(Raw(w), false, OcrReasons.CheckDigitMismatch, currentYear))
            .Take(1)
            .ToList();

    private static OcrCandidate Candidate(string vin, bool checkDigitRight, string raw, bool sure, int currentYear)
    {
        var reason =
            !checkDigitRight ? OcrReasons.VinPattern
            : vin == raw ? OcrReasons.CheckDigitOk
            : OcrReasons.CheckDigitResolved;
        return VinCandidates.Of(vin, sure && Vin.Validate(vin).IsSuccess, reason, currentYear);
    }
}
