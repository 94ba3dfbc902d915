using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Orders VIN readings: a right check digit first, then readings that a single look-alike swap
/// makes right, then VINs of makers that do not use the check digit. A North-American VIN
/// (first character 1–5) with a wrong check digit is never valid.
/// </summary>
internal static class VinRanking
{
    private const int MostCandidates = 3;

    public static IReadOnlyList<OcrCandidate> Rank(IEnumerable<VinReading> readings, int currentYear)
    {
        var ranked = new List<(int Rank, OcrCandidate Candidate)>();
        foreach (var (raw, windowed) in readings)
        {
            var reading = Vin.IsCheckDigitMandatory(raw) ? VinLookAlikes.FixCheckDigitPosition(raw) : raw;
            var assessed = Assess(reading, currentYear);
            ranked.AddRange(windowed ? assessed.Where(r => r.Item2.Reason is OcrReasons.CheckDigitOk) : assessed);
        }
        var candidates = ranked.OrderBy(r => r.Rank).Select(r => r.Candidate).DistinctBy(c => c.Value).ToList();
        var anyValid = candidates.Any(c => c.Valid);
        return candidates.Where(c => c.Valid || !anyValid).Take(MostCandidates).ToList();
    }

    private static IEnumerable<(int, OcrCandidate)> Assess(string reading, int currentYear)
    {
        if (!Vin.Validate(reading).IsSuccess && !Vin.IsCheckDigitMandatory(reading))
            yield break;
        if (Vin.CheckDigit(reading) == reading[Vin.CheckDigitIndex])
        {
            yield return (0, Candidate(reading, true, OcrReasons.CheckDigitOk, currentYear));
            yield break;
        }
        var resolved = VinLookAlikes
            .SingleSwaps(reading)
            .Where(swap => Vin.Validate(swap).IsSuccess && Vin.CheckDigit(swap) == swap[Vin.CheckDigitIndex]);
        // A maker that prints a letter other than X in position 9 does not use the check digit at all.
        var usesCheckDigit =
            Vin.IsCheckDigitMandatory(reading) || reading[Vin.CheckDigitIndex] is >= '0' and <= '9' or 'X';
        if (usesCheckDigit)
        {
            foreach (var swap in resolved)
                yield return (1, Candidate(swap, true, OcrReasons.CheckDigitResolved, currentYear));
        }
        yield return Vin.IsCheckDigitMandatory(reading)
            ? (3, Candidate(reading, false, OcrReasons.CheckDigitMismatch, currentYear))
            : (2, Candidate(reading, true, OcrReasons.VinPattern, currentYear));
    }

    private static OcrCandidate Candidate(string vin, bool valid, string reason, int currentYear) =>
        new(OcrField.Vin, vin, valid, reason, ModelYear: ModelYear(vin, currentYear));

    private static int? ModelYear(string vin, int currentYear)
    {
        var years = Vin.ModelYears(vin).Where(y => y <= currentYear + 1).ToList();
        return years.Count == 0 ? null : years.Max();
    }
}
