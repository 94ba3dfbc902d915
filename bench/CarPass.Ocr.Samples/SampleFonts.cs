using SkiaSharp;

namespace CarPass.Ocr.Samples;

/// <summary>
/// The faces samples are drawn with, from Debian's font packages (the test and benchmark scripts
/// install them). The split into tuning and unseen families was fixed before any tuning and never
/// changes: the reader is developed on tuning families only, and the unseen row measures families
/// it was never tuned on (docs/OCR.md, "Fonts"). Families that copy one design (Arial: Liberation
/// Sans and Arimo; Helvetica: Nimbus Sans and FreeSans) stay on one side.
/// </summary>
public static class SampleFonts
{
    /// <summary>Every face; the first six are DejaVu's, which the older tests name by index.</summary>
    public static IReadOnlyList<SampleFace> All { get; } = [.. FontFamilies.Tuning, .. FontFamilies.Unseen];

    public static int Count => All.Count;

    /// <summary>Indices into <see cref="All"/> of a set's faces.</summary>
    public static IReadOnlyList<int> Of(FontSet set) =>
        Enumerable.Range(0, All.Count).Where(i => All[i].Set == set).ToList();

    public static SKTypeface Get(int index) => Loaded.Value[index % All.Count];

    /// <summary>Whether a face draws Cyrillic; plates in a Latin-only face are drawn with the Latin look-alikes.</summary>
    public static bool HasCyrillic(int index) => Cyrillic.Value[index % All.Count];

    private static readonly Lazy<SKTypeface[]> Loaded = new(() => All.Select(Load).ToArray());

    private static readonly Lazy<bool[]> Cyrillic = new(() => Loaded.Value.Select(DrawsCyrillic).ToArray());

    private static bool DrawsCyrillic(SKTypeface face)
    {
        using var font = new SKFont(face);
        return font.ContainsGlyphs("АВЕКМНОРСТУХБГДЖЗИЙЛПФЦЧШЩЫЯ");
    }

    private static SKTypeface Load(SampleFace face) =>
        File.Exists(face.Path)
            ? SKTypeface.FromFile(face.Path)
            : throw new FileNotFoundException(
                $"Install {face.Package} (apt-get install {string.Join(' ', FontFamilies.Packages)}).",
                face.Path
            );
}
