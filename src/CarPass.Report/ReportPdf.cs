using CarPass.Data.Reports;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Domain.Texts;
using SkiaSharp;

namespace CarPass.Report;

/// <summary>
/// The resale report as a PDF: identity, passport quality, verified history set apart from what the
/// owner reported alone, the odometer chart, maintenance, consumption, ownership and badges, with
/// the report's id and a QR code of its public link on the first page. Every figure comes from
/// <see cref="ReportContent"/>; nothing is scored here.
/// </summary>
public static class ReportPdf
{
    public static byte[] Render(ReportContent content, ReportPaper paper)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = paper.T("report.title"),
            Author = "CarPass",
            Creator = "CarPass",
            Producer = "CarPass",
            Creation = paper.MadeAt,
            Modified = paper.MadeAt,
            RasterDpi = 300,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var pages = new PdfPages(document, page => paper.T("report.footer", paper.ReportId, page)))
        {
            var identity = content.Identity.Shown(paper.FullIdentity);
            Header(pages, paper);
            Identity(pages, identity, paper);
            Quality(pages, content.Passport, paper);
            History(pages, content, paper);
            Odometer(pages, content, paper);
            Maintenance(pages, content.Passport.Maintenance, paper);
            if (content.Insurance is { } insurance)
                Insurance(pages, insurance, paper);
            Consumption(pages, content.Consumption, paper);
            Ownership(pages, content, paper);
            Badges(pages, content.Badges, paper);
            pages.Heading(paper.T("report.about.title"));
            pages.Text(paper.T("report.about.body"), 9, PdfPages.Muted);
        }
        return stream.ToArray();
    }

    private static void Header(PdfPages pages, ReportPaper paper)
    {
        var canvas = pages.Canvas;
        using var band = new SKPaint { Color = PdfPages.Band };
        canvas.DrawRect(0, 0, PdfPages.Width, 96, band);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var soft = new SKPaint { Color = new SKColor(0xAE, 0xBA, 0xC7), IsAntialias = true };
        using var accent = new SKPaint { Color = PdfPages.Accent, IsAntialias = true };
        using var brand = PdfPages.Font(11, bold: true);
        using var title = PdfPages.Font(19, bold: true);
        using var small = PdfPages.Font(9);
        canvas.DrawText("CarPass", PdfPages.Margin, 30, SKTextAlign.Left, brand, accent);
        canvas.DrawText(paper.T("report.title"), PdfPages.Margin, 56, SKTextAlign.Left, title, white);
        var made = paper.MadeBy is { } name
            ? paper.T("report.made_by", paper.MadeAt, name)
            : paper.T("report.made", paper.MadeAt);
        canvas.DrawText(made, PdfPages.Margin, 78, SKTextAlign.Left, small, soft);
        canvas.DrawText(
            paper.T("report.id", paper.ReportId),
            PdfPages.Width - PdfPages.Margin,
            30,
            SKTextAlign.Right,
            brand,
            white
        );
        pages.Advance(96 - PdfPages.Margin);
    }

    private static void Identity(PdfPages pages, ReportIdentity identity, ReportPaper paper)
    {
        const float qrSize = 104;
        const float beside = qrSize + 16;
        pages.Reserve(qrSize + 70);
        pages.Heading(paper.T("report.identity"));
        var top = pages.Y;
        var right = PdfPages.Width - PdfPages.Margin;
        QrCode.Draw(pages.Canvas, paper.Url, new SKRect(right - qrSize, top, right, top + qrSize));
        pages.Text(identity.Name, 15, bold: true, right: beside);
        var model = string.Join(
            " · ",
            new[] { identity.MakeAndModel, identity.Year?.ToString() }.Where(s => !string.IsNullOrEmpty(s))
        );
        if (model.Length > 0)
            pages.Text(model, 11, right: beside);
        pages.Text(paper.T("report.vin", identity.Vin ?? paper.T("report.not_given")), 10.5f, right: beside);
        pages.Text(paper.T("report.plate", identity.Plate ?? paper.T("report.not_given")), 10.5f, right: beside);
        if (!paper.FullIdentity)
            pages.Text(paper.T("report.masked"), 8.5f, PdfPages.Muted, right: beside);
        pages.Text(paper.T("report.check_live", paper.LinkExpiresAt), 9, PdfPages.Muted, right: beside);
        pages.Advance(Math.Max(0, top + qrSize + 4 - pages.Y));
        pages.Text(paper.Url, 8.5f, PdfPages.Accent);
    }

    private static void Quality(PdfPages pages, PassportResult passport, ReportPaper paper)
    {
        pages.Heading(paper.T("report.quality.title"));
        var label = paper.T(ProfileQualityLabel.Key(passport.Completeness.Quality, passport.History.Status));
        pages.Text(paper.T("report.quality.line", passport.Completeness.Score, label), 11, bold: true);
        pages.Text(
            paper.T($"report.quality.means.{SnakeCase.Of(passport.Completeness.Quality)}"),
            9.5f,
            PdfPages.Muted
        );
    }

    private static void History(PdfPages pages, ReportContent content, ReportPaper paper)
    {
        var history = content.Passport.History;
        pages.Heading(paper.T("report.history.title"));
        pages.Text(
            paper.T(
                "report.history.line",
                paper.T($"history_status.{SnakeCase.Of(history.Status)}"),
                history.TrustedRecords,
                history.TotalRecords
            ),
            11,
            bold: true
        );
        if (history.UnresolvedDisputes > 0)
            pages.Text(paper.T("report.history.disputes", history.UnresolvedDisputes), 9.5f, PdfPages.Warning);
        pages.Advance(4);
        pages.Text(paper.T("report.verified.title"), 10.5f, PdfPages.Verified, bold: true);
        if (content.ConfirmedVisits.Count == 0)
            pages.Text(paper.T("report.verified.none"), 9.5f, PdfPages.Muted, indent: 10);
        var words = paper.Words;
        foreach (var visit in content.ConfirmedVisits)
        {
            pages.Text($"✓ {words.When(visit.Date, visit.OdometerKm)} — {words.Center(visit)}", 9.5f, indent: 10);
            if (words.Work(visit) is { Length: > 0 } work)
                pages.Text(work, 9, PdfPages.Muted, indent: 22);
        }
        pages.Advance(6);
        pages.Text(paper.T("report.self.title"), 10.5f, PdfPages.Muted, bold: true);
        pages.Text(paper.T("report.self.note"), 8.5f, PdfPages.Muted, indent: 10);
        if (content.SelfReported.Count == 0)
            pages.Text(paper.T("report.self.none"), 9.5f, PdfPages.Muted, indent: 10);
        foreach (var entry in content.SelfReported)
            pages.Text($"• {words.When(entry.Date, entry.OdometerKm)} — {words.Kind(entry.Kind)}", 9.5f, indent: 10);
    }

    private static void Odometer(PdfPages pages, ReportContent content, ReportPaper paper)
    {
        const float height = 220;
        pages.Reserve(height + 110);
        pages.Heading(paper.T("report.odometer.title"));
        if (content.Passport.Maintenance.CurrentOdometerKm is { } km)
            pages.Text(paper.T("report.odometer.current", km), 10.5f, bold: true);
        var flagged = content.Odometer.Count(p => p.Flagged);
        if (flagged > 0)
            pages.Text(paper.T("report.odometer.flagged", flagged), 9.5f, PdfPages.Warning);
        if (content.Odometer.Count == 0)
        {
            pages.Text(paper.T("report.odometer.none"), 9.5f, PdfPages.Muted);
            return;
        }
        var canvas = pages.Reserve(height + 6);
        OdometerChart.Draw(
            canvas,
            new SKRect(PdfPages.Margin, pages.Y, PdfPages.Margin + PdfPages.ContentWidth, pages.Y + height),
            content.Odometer,
            key => paper.T(key),
            paper.Language
        );
        pages.Advance(height + 6);
    }

    private static void Maintenance(PdfPages pages, MaintenanceHealthResult health, ReportPaper paper)
    {
        pages.Heading(paper.T("report.maintenance.title"));
        pages.Text(paper.T($"maintenance_status.{SnakeCase.Of(health.Status)}"), 11, bold: true);
        if (health.Reminders.Count == 0)
            pages.Text(paper.T("report.maintenance.none"), 9.5f, PdfPages.Muted);
        foreach (var reminder in health.Reminders.OrderBy(r => r.Due))
            pages.Text(
                $"• {paper.T($"service_kind.{SnakeCase.Of(reminder.Kind)}")} — {paper.T($"reminder_due.{SnakeCase.Of(reminder.Due)}")}",
                9.5f,
                reminder.Due == ReminderDue.Overdue ? PdfPages.Warning : null,
                indent: 10
            );
    }

    private static void Insurance(PdfPages pages, ReportInsurance insurance, ReportPaper paper)
    {
        pages.Heading(paper.T("report.insurance.title"));
        pages.Text(
            paper.T(
                insurance.Lapsed ? "report.insurance.lapsed" : "report.insurance.valid",
                new CalendarDay(insurance.ExpiresOn),
                insurance.MaskedNumber
            ),
            10.5f,
            insurance.Lapsed ? PdfPages.Warning : null
        );
    }

    private static void Consumption(PdfPages pages, ReportConsumption consumption, ReportPaper paper)
    {
        pages.Heading(paper.T("report.consumption.title"));
        var unit = consumption.Electric ? "electric" : "fuel";
        if (consumption.Average is { } average)
            pages.Text(paper.T($"report.consumption.{unit}", Math.Round(average, 1), consumption.Fills), 10.5f);
        else
            pages.Text(paper.T("report.consumption.none"), 9.5f, PdfPages.Muted);
        if (consumption.Baseline is { } baseline)
            pages.Text(paper.T($"report.consumption.baseline_{unit}", Math.Round(baseline, 1)), 9.5f, PdfPages.Muted);
    }

    private static void Ownership(PdfPages pages, ReportContent content, ReportPaper paper)
    {
        pages.Heading(paper.T("report.ownership.title"));
        pages.Text(paper.T("report.ownership.count", content.Ownership.Count), 10.5f);
        foreach (var period in content.Ownership)
            pages.Text(
                period.To is { } to
                    ? paper.T("report.ownership.period", period.From, to)
                    : paper.T("report.ownership.current", period.From),
                9.5f,
                indent: 10
            );
    }

    private static void Badges(PdfPages pages, IReadOnlyList<string> badges, ReportPaper paper)
    {
        pages.Heading(paper.T("report.badges.title"));
        if (badges.Count == 0)
            pages.Text(paper.T("report.badges.none"), 9.5f, PdfPages.Muted);
        foreach (var code in badges)
            pages.Text($"★ {paper.T($"achievement.{code}.title")}", 9.5f, indent: 10);
    }
}
