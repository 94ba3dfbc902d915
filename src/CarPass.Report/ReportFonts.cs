using System.Reflection;
using SkiaSharp;

namespace CarPass.Report;

/// <summary>
/// DejaVu Sans, regular and bold, from the assembly's resources: every glyph of Russian and English,
/// embedded (subset) in each PDF by Skia, so a report reads the same on any machine. ScottPlot is
/// given the same faces through its font resolver.
/// </summary>
public static class ReportFonts
{
    public const string Family = "CarPass DejaVu Sans";

    public static SKTypeface Regular { get; } = Load("DejaVuSans.ttf");
    public static SKTypeface Bold { get; } = Load("DejaVuSans-Bold.ttf");

    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>Makes <see cref="Family"/> known to ScottPlot once per process.</summary>
    public static void RegisterWithScottPlot()
    {
        lock (Gate)
        {
            if (_registered)
                return;
            ScottPlot.Fonts.FontResolvers.Insert(0, new Resolver());
            _registered = true;
        }
    }

    private static SKTypeface Load(string file)
    {
        using var stream =
            Assembly.GetExecutingAssembly().GetManifestResourceStream($"CarPass.Report.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is missing from the assembly.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The font {file} could not be read.");
    }

    private sealed class Resolver : ScottPlot.IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? (bold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(
            string fontName,
            ScottPlot.FontWeight weight,
            ScottPlot.FontSlant slant,
            ScottPlot.FontSpacing spacing
        ) => CreateTypeface(fontName, (int)weight >= 600, false);
    }
}
