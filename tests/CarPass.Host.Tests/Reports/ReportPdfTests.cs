using System.Text.RegularExpressions;
using CarPass.Data.Persistence;
using CarPass.Data.Reports;
using CarPass.Domain.Texts;
using CarPass.Domain.Vehicles;
using CarPass.Host.Tests.Api;
using CarPass.Report;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CarPass.Host.Tests.Reports;

/// <summary>The PDF read back with PdfPig: its words in each language, the VIN as the owner chose, its pages.</summary>
public sealed class ReportPdfTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private Task<MadeReport> MakeAsync(bool full, Language language) =>
        api.WithAsync<ReportMaker, MadeReport>(async maker =>
            (
                await maker.MakeAsync(
                    api.OwnerId,
                    new ReportRequest(api.CamryId, full, 7, ShowFirstName: true),
                    language,
                    TimeZoneInfo.Utc,
                    null,
                    default
                )
            ).Value!
        );

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task An_english_report_with_the_full_vin_names_the_car_its_id_and_every_section()
    {
        var vin = await api.WithAsync<CarPassDbContext, string>(async db =>
            (await db.Vehicles.SingleAsync(v => v.Id == api.CamryId)).Vin!
        );

        var report = await MakeAsync(full: true, Language.En);

        var text = TextOf(report.Pdf);
        Assert.Contains(vin, text);
        Assert.Contains(report.Link.ReportId, text);
        foreach (
            var heading in new[]
            {
                "Identity",
                "Passport quality",
                "Service history",
                "Odometer",
                "Maintenance",
                "Ownership",
                "Badges",
            }
        )
            Assert.Contains(heading, text);
        Assert.Contains("Verified: recorded by a service centre", text);
        Assert.Contains("Reported by the owner alone", text);
        Assert.DoesNotContain("Качество", text);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "carpass-report-en.pdf"), report.Pdf);
    }

    [Fact]
    public async Task A_russian_report_with_the_vin_masked_never_prints_the_full_vin_and_numbers_its_pages()
    {
        var vin = await api.WithAsync<CarPassDbContext, string>(async db =>
            (await db.Vehicles.SingleAsync(v => v.Id == api.CamryId)).Vin!
        );

        var report = await MakeAsync(full: false, Language.Ru);

        var text = TextOf(report.Pdf);
        Assert.DoesNotContain(vin, text);
        Assert.Contains(Vin.Mask(vin).Split('…')[0], text);
        Assert.Contains(vin[^4..], text);
        Assert.Contains("Качество паспорта", text);
        Assert.Contains("Со слов владельца", text);
        Assert.Contains("частично скрыты", text);
        using var document = PdfDocument.Open(report.Pdf);
        Assert.InRange(document.NumberOfPages, 2, 10);
        foreach (var page in document.GetPages())
            Assert.Contains($"страница {page.Number}", string.Join(" ", page.GetWords().Select(w => w.Text)));
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "carpass-report-ru.pdf"), report.Pdf);
    }

    [Fact]
    public async Task The_odometer_chart_writes_its_days_the_way_the_reports_language_does()
    {
        var english = TextOf((await MakeAsync(full: false, Language.En)).Pdf);
        var russian = TextOf((await MakeAsync(full: false, Language.Ru)).Pdf);

        Assert.Matches(EnglishAxisDay, english);
        Assert.DoesNotMatch(RussianAxisDay, english);
        Assert.Matches(RussianAxisDay, russian);
    }

    private static readonly Regex RussianAxisDay = new(@"(?<![\d.])\d{2}\.\d{2}\.\d{2}(?![\d.])");
    private static readonly Regex EnglishAxisDay = new(
        @"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2}\b"
    );
}
