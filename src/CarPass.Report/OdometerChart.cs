using CarPass.Data.Charts;
using CarPass.Domain.Texts;
using ScottPlot;
using SkiaSharp;

namespace CarPass.Report;

/// <summary>
/// The odometer over time, drawn by ScottPlot through the PDF's canvas (vector): trusted readings as
/// filled green dots joined by a line, the owner's other readings as hollow dots, and readings flagged
/// as implausible (a rollback or a jump) as red crosses.
/// </summary>
internal static class OdometerChart
{
    public static void Draw(
        SKCanvas canvas,
        SKRect box,
        IReadOnlyList<OdometerPoint> points,
        Func<string, string> text,
        Language language
    )
    {
        ReportFonts.RegisterWithScottPlot();
        var plot = new Plot();
        plot.Font.Set(ReportFonts.Family);
        var dates = plot.Axes.DateTimeTicksBottom();
        if (dates.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
            ticks.LabelFormatter = d => LocalMoment.AxisDay(d, language);
        Add(
            plot,
            points.Where(p => p.Trusted && !p.Flagged).ToList(),
            text("report.chart.trusted"),
            Colors.SeaGreen,
            MarkerShape.FilledCircle,
            line: true
        );
        Add(
            plot,
            points.Where(p => !p.Trusted && !p.Flagged).ToList(),
            text("report.chart.owner"),
            Colors.SlateGray,
            MarkerShape.OpenCircle,
            line: false
        );
        Add(
            plot,
            points.Where(p => p.Flagged).ToList(),
            text("report.chart.flagged"),
            Colors.Crimson,
            MarkerShape.Cross,
            line: false
        );
        plot.YLabel(text("report.chart.km"));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.FontName = ReportFonts.Family;
        canvas.Save();
        canvas.Translate(box.Left, box.Top);
        plot.Render(canvas, (int)box.Width, (int)box.Height);
        canvas.Restore();
    }

    private static void Add(
        Plot plot,
        List<OdometerPoint> points,
        string label,
        Color color,
        MarkerShape shape,
        bool line
    )
    {
        if (points.Count == 0)
            return;
        var scatter = plot.Add.Scatter(
            points.Select(p => p.RecordedAt.ToOADate()).ToArray(),
            points.Select(p => (double)p.Km).ToArray(),
            color
        );
        scatter.LegendText = label;
        scatter.MarkerShape = shape;
        scatter.MarkerSize = 7;
        scatter.LineWidth = line ? 1.5f : 0;
    }
}
