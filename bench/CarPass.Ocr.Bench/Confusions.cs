using CarPass.Ocr.Engine;
using CarPass.Ocr.Extraction;
using CarPass.Ocr.Samples;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr.Bench;

/// <summary>
/// --confusions: on the validation set's VIN crops (tuning fonts only), which character the Latin
/// passes read for which printed one, and how the model weighed the printed one there; also how
/// often each alternative was weighed where the character read was right (what a correction would break).
/// </summary>
internal static class Confusions
{
    public static async Task PrintAsync(int count, TextWriter output)
    {
        using var engine = new TesseractEngine(
            Options.Create(new OcrOptions { EnginesPerModel = 1 }),
            NullLogger<TesseractEngine>.Instance
        );
        var wrong = new Dictionary<(char Read, char Printed), List<double?>>();
        var weighed = new Dictionary<(char Read, char Alternative), List<double>>();
        var lengths = new Dictionary<int, int>();
        var samples = SampleSet.Generate(count, 1001, FontSet.Tuning).Where(s => s.Kind == SampleKind.Vin);
        foreach (var sample in samples)
        {
            using var page = engine.Open(sample.Image).Value!;
            foreach (var pass in new[] { OcrPass.Latin, OcrPass.LatinDenoised })
            {
                var text = await page.ReadAsync(pass, default);
                var windows = GlyphWindows.Of(text, 17, "VIN").Where(w => !w.Guess).ToList();
                if (windows.Count == 0)
                {
                    var longest = text.Lines.SelectMany(l => l).Select(w => w.Count).DefaultIfEmpty(0).Max();
                    lengths[longest] = lengths.GetValueOrDefault(longest) + 1;
                    output.WriteLine(
                        $"{sample.Name} {pass}: no window in '{text.ToString().Replace('\n', '|')}' (expected {sample.Expected})"
                    );
                    continue;
                }
                var window = windows.MinBy(w => w.Latin.Zip(sample.Expected).Count(p => p.First != p.Second))!;
                for (var i = 0; i < 17; i++)
                {
                    var glyph = window.Glyphs[i];
                    var read = LookAlikes.InVin(window.Latin[i]);
                    var printed = sample.Expected[i];
                    var alternatives = GlyphAlternatives
                        .Of(glyph)
                        .Skip(1)
                        .Select(a => (Character: LookAlikes.InVin(LookAlikes.Latin(a.Character)), a.Cost))
                        .ToList();
                    if (read != printed)
                    {
                        var seen = alternatives
                            .Where(a => a.Character == printed)
                            .Select(a => (double?)a.Cost)
                            .FirstOrDefault();
                        Add(wrong, (read, printed), seen);
                    }
                    else
                        foreach (
                            var (character, cost) in alternatives
                                .Where(a => a.Character != read)
                                .DistinctBy(a => a.Character)
                        )
                            Add(weighed, (read, character), cost);
                }
            }
        }
        output.WriteLine("read for printed: times (printed weighed: costs)");
        foreach (var ((read, printed), costs) in wrong.OrderByDescending(p => p.Value.Count))
        {
            var right = weighed.GetValueOrDefault((read, printed)) ?? [];
            output.WriteLine(
                $"{read} for {printed}: {costs.Count} (weighed {costs.Count(c => c is not null)}: {string.Join(' ', costs.OfType<double>().Order().Select(c => c.ToString("0.0")))}); "
                    + $"{printed} weighed under a right {read}: {right.Count} ({string.Join(' ', right.Order().Select(c => c.ToString("0.0")))})"
            );
        }
        output.WriteLine(
            $"no 17-character window, longest word: {string.Join(", ", lengths.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"))}"
        );
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> tally, TKey key, TValue value)
        where TKey : notnull
    {
        if (!tally.TryGetValue(key, out var list))
            tally[key] = list = [];
        list.Add(value);
    }
}
