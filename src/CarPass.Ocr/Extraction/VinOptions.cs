using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// What a recognised character may stand for in a VIN, each with a cost (<see cref="GlyphAlternatives"/>):
/// the LSTM's own alternatives by their confidence, a printed look-alike the LSTM did not weigh at
/// <see cref="GlyphAlternatives.LookAlikeCost"/>.
/// </summary>
internal static class VinOptions
{
    public static IReadOnlyList<(char Character, double Cost)> Of(OcrGlyph glyph, bool lookAlikes = true)
    {
        var options = new Dictionary<char, double>();
        var read = LookAlikes.InVin(LookAlikes.Latin(char.ToUpperInvariant(glyph.Character)));
        foreach (var (character, cost) in GlyphAlternatives.Of(glyph))
        {
            var option = LookAlikes.InVin(LookAlikes.Latin(character));
            GlyphAlternatives.Add(options, option, Calibrated(read, option, cost));
        }
        foreach (var (character, cost) in lookAlikes ? options.ToList() : [])
        {
            if (LookAlikes.Of(character) is { } other)
                GlyphAlternatives.Add(options, other, cost + GlyphAlternatives.LookAlikeCost);
            if (BlindLookAlike(character) is { } blind)
                GlyphAlternatives.Add(options, blind, cost + GlyphAlternatives.LookAlikeCost);
        }
        return options.Where(o => InAlphabet(o.Key)).Select(o => (o.Key, o.Value)).ToList();
    }

    // Where the English model read the first and also weighed the second, the second is the printed
    // character more often than its confidence says (validation set, tuning fonts, both Latin passes):
    // a 5 under an S was right 15 times, never wrong above the model's floor; a 6 under a G and a 1
    // under an L likewise (3 and 3 times). Not a 9 under a 0 (right 5 times, but weighed under a right
    // 0 7 times: one VIN gained, one lost), nor a J under a 1 (the check digit counts both as 1).
    private static readonly (char Read, char Weighed, double Less)[] Biases =
    [
        ('S', '5', 2.0),
        ('G', '6', 2.0),
        ('L', '1', 2.0),
    ];

    private static double Calibrated(char read, char option, double cost)
    {
        foreach (var bias in Biases)
        {
            if (bias.Read == read && bias.Weighed == option)
                return Math.Max(0.1, cost - bias.Less);
        }
        return cost;
    }

    // J and 1 print alike as well (a J whose hook is faint). The check digit counts both as 1, so it
    // cannot tell them apart: a reading of the one must leave the other possible, for the other
    // readings to decide. Kept out of LookAlikes, whose pairs also decide the region: there a J first
    // (Japan) would become a possible 1 (the United States) and leave every Japanese VIN in doubt;
    // the decoder asks for no look-alikes at the first place, so this never applies there.
    private static char? BlindLookAlike(char c) =>
        c switch
        {
            'J' => '1',
            '1' => 'J',
            _ => null,
        };

    private static bool InAlphabet(char c) =>
        c is >= 'A' and <= 'Z' or >= '0' and <= '9' && c is not ('I' or 'O' or 'Q');
}
