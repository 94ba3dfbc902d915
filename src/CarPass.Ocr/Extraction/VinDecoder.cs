using CarPass.Domain.Vehicles;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// The readings of 17 recognised characters that a VIN may be, cheapest first: each character
/// one of its <see cref="VinOptions"/>, a North-American VIN (first character 1–5) with a model-year
/// code in position 10 and its mandatory check digit right (hard rules; the first character, which
/// decides the region and so whether the check digit is mandatory, changes only to an alternative
/// the model itself weighed or to a look-alike that makes it North American, so a wrong reading
/// cannot escape the rule), a known maker prefix
/// and, elsewhere, a right check digit slightly preferred (tie-breakers). A beam search keeps the
/// cheapest readings for each check-digit sum, so the cheapest reading that passes is never lost.
/// </summary>
internal static class VinDecoder
{
    public const double KnownMakerBonus = 1.5;
    public const double CheckDigitBonus = 1.0;
    private const int KeptPerSum = 4;

    public static IReadOnlyList<VinHypothesis> Decode(IReadOnlyList<OcrGlyph> glyphs)
    {
        var options = glyphs.Select(Options).ToList();
        List<(string Text, double Cost, int Sum)> beam = [("", 0, 0)];
        for (var position = 0; position < Vin.Length; position++)
        {
            var next = new List<(string Text, double Cost, int Sum)>();
            foreach (var (text, cost, sum) in beam)
            {
                foreach (var (character, optionCost) in options[position])
                {
                    var reading = text + character;
                    if (position == Vin.ModelYearIndex && NorthAmerican(reading) && !Vin.IsModelYearCode(character))
                        continue;
                    var bonus = position == 2 && WorldManufacturers.Find(reading) is not null ? KnownMakerBonus : 0;
                    next.Add((reading, cost + optionCost - bonus, (sum + Vin.CheckValue(character, position)) % 11));
                }
            }
            beam = next.GroupBy(h => (h.Sum, NorthAmerican(h.Text)))
                .SelectMany(g => g.OrderBy(h => h.Cost).Take(KeptPerSum))
                .ToList();
        }
        return beam.Select(Finish).OfType<VinHypothesis>().OrderBy(h => h.Cost).ToList();
    }

    private static VinHypothesis? Finish((string Text, double Cost, int Sum) reading)
    {
        var checkDigitRight = reading.Text[Vin.CheckDigitIndex] == Vin.CheckDigitFor(reading.Sum);
        if (NorthAmerican(reading.Text))
            return checkDigitRight ? new VinHypothesis(reading.Text, reading.Cost, true) : null;
        return new VinHypothesis(reading.Text, reading.Cost - (checkDigitRight ? CheckDigitBonus : 0), checkDigitRight);
    }

    /// <summary>What reading these glyphs as this VIN costs, without the tie-breakers.</summary>
    public static double Cost(IReadOnlyList<OcrGlyph> glyphs, string vin) =>
        GlyphAlternatives.Cost(glyphs, vin, Options);

    // The first character changes only to what the model weighed, or to its printed look-alike when
    // that makes the VIN North American, where the check digit must then be right: a reading can
    // enter the stricter rule this way, never escape it.
    private static IReadOnlyList<(char Character, double Cost)> Options(OcrGlyph glyph, int position)
    {
        var options = VinOptions.Of(glyph, lookAlikes: position != 0);
        if (position != 0)
            return options;
        var entering = options
            .Select(o => (Character: NorthAmericanLookAlike(o.Character), o.Cost))
            .Where(o => o.Character is { } digit && options.All(p => p.Character != digit))
            .Select(o => (o.Character!.Value, o.Cost + GlyphAlternatives.LookAlikeCost))
            .ToList();
        return [.. options, .. entering];
    }

    /// <summary>The printed look-alike of a VIN's first character that would make it North American (S → 5, Z → 2, A → 4), if any.</summary>
    public static char? NorthAmericanLookAlike(char first) =>
        !Vin.IsCheckDigitMandatory(first.ToString())
        && LookAlikes.Of(first) is { } other
        && Vin.IsCheckDigitMandatory(other.ToString())
            ? other
            : null;

    /// <summary>The tie-breakers a reading earns: a known maker prefix, and outside North America a right check digit.</summary>
    public static double Bonus(string vin) =>
        (WorldManufacturers.Find(vin) is not null ? KnownMakerBonus : 0)
        + (!NorthAmerican(vin) && Vin.CheckDigit(vin) == vin[Vin.CheckDigitIndex] ? CheckDigitBonus : 0);

    private static bool NorthAmerican(string reading) => Vin.IsCheckDigitMandatory(reading);
}
