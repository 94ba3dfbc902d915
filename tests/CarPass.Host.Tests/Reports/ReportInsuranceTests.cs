using CarPass.Data.Documents;
using CarPass.Data.Reports;
using CarPass.Domain.Documents;
using CarPass.Domain.Texts;
using CarPass.Host.Tests.Api;
using CarPass.Report;
using UglyToad.PdfPig;

namespace CarPass.Host.Tests.Reports;

/// <summary>The report's insurance line: the latest OSAGO policy, valid until or expired, its number masked.</summary>
public sealed class ReportInsuranceTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_report_says_until_when_the_osago_is_valid_or_that_it_expired_and_never_prints_the_number()
    {
        // Cars of their own: the demo cars already hold OSAGO policies.
        var (insured, uninsured) = (await api.AddCarAsync("Octavia"), await api.AddCarAsync("Polo"));
        var today = api.Clock.GetUtcNow().UtcDateTime.Date;
        var without = TextOf(await MakeAsync(uninsured));
        await AddOsagoAsync(insured, "XXX 0123454821", today.AddDays(90));
        await AddOsagoAsync(uninsured, "XXX 0000001111", today.AddDays(-2));

        var valid = TextOf(await MakeAsync(insured));
        var lapsed = TextOf(await MakeAsync(uninsured));

        Assert.DoesNotContain("Insurance (OSAGO)", without);
        Assert.Contains("Insurance (OSAGO)", valid);
        Assert.Contains("Valid until 13 Sep 2026 · policy •••• 4821", valid);
        Assert.DoesNotContain("0123454821", valid);
        Assert.Contains("Expired after 13 Jun 2026 · policy •••• 1111", lapsed);
    }

    private async Task AddOsagoAsync(Guid car, string number, DateTime expires) =>
        Assert.True(
            await api.WithAsync<DocumentUseCases, bool>(async d =>
                (
                    await d.AddAsync(api.OwnerId, car, new DocumentDraft(DocumentKind.Osago, number, expires), default)
                ).IsSuccess
            )
        );

    private Task<byte[]> MakeAsync(Guid car) =>
        api.WithAsync<ReportMaker, byte[]>(async maker =>
            (
                await maker.MakeAsync(
                    api.OwnerId,
                    new ReportRequest(car, false, 7, false),
                    Language.En,
                    TimeZoneInfo.Utc,
                    null,
                    default
                )
            )
                .Value!
                .Pdf
        );

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
