using System.Net.Http.Json;
using CarPass.Data.Persistence;
using CarPass.Data.Reports;
using CarPass.Data.Service;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Texts;
using CarPass.Host.Tests.Api;
using CarPass.Report;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CarPass.Host.Tests.Reports;

/// <summary>
/// The whole story: a centre records a visit, the owner confirms it, the owner also logs a service
/// alone; the report shows the visit as verified and the owner's entry apart, and a link made before
/// the confirmation shows the buyer what changed since.
/// </summary>
public sealed class ReportStoryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_confirmed_visit_is_verified_history_and_the_owners_own_entry_is_set_apart()
    {
        using var owner = api.ClientFor(ApiFixture.Owner, "en");
        var early = await Json.BodyAsync(
            await owner.PostAsJsonAsync($"/api/my/vehicles/{api.VestaId}/reports", new { days = 7 })
        );
        var employeeId = await api.WithAsync<CarPassDbContext, Guid>(async db =>
            (await db.Users.SingleAsync(u => u.TelegramId == ApiFixture.Employee)).Id
        );
        Assert.True(
            (
                await api.WithAsync<ServiceCenterUseCases, bool>(async c =>
                    (await c.GrantAccessAsync(api.OwnerId, api.VestaId, api.CenterId, 7, default)).IsSuccess
                )
            )
        );
        var day = api.Clock.GetUtcNow().UtcDateTime.AddHours(-2);
        var visit = await api.WithAsync<VisitUseCases, ServiceVisit>(async v =>
            (
                await v.CreateAsync(
                    employeeId,
                    api.CenterId,
                    api.VestaId,
                    new VisitDraft(day, "Timing belt kit replaced", 91_500, Work: [ServiceKind.TimingBelt]),
                    default
                )
            ).Value!
        );
        Assert.True(
            await api.WithAsync<VisitUseCases, bool>(async v =>
                (await v.ConfirmAsync(api.OwnerId, visit.Id, default)).IsSuccess
            )
        );
        Assert.True(
            await api.WithAsync<ServiceEntryUseCases, bool>(async s =>
                (
                    await s.LogAsync(
                        api.OwnerId,
                        api.VestaId,
                        new ServiceDraft(ServiceKind.Tyres, day, 91_600),
                        default
                    )
                ).IsSuccess
            )
        );

        var report = await api.WithAsync<ReportMaker, MadeReport>(async m =>
            (
                await m.MakeAsync(
                    api.OwnerId,
                    new ReportRequest(api.VestaId, false, 7, false),
                    Language.En,
                    TimeZoneInfo.Utc,
                    null,
                    default
                )
            ).Value!
        );

        using var pdf = PdfDocument.Open(report.Pdf);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        var verified = text.IndexOf("Verified: recorded by a service centre", StringComparison.Ordinal);
        var alone = text.IndexOf("Reported by the owner alone", StringComparison.Ordinal);
        var visitLine = text.IndexOf("Timing belt kit replaced", StringComparison.Ordinal);
        var tyres = text.IndexOf("Tyres", alone, StringComparison.Ordinal);
        Assert.True(verified >= 0 && alone > verified, text);
        Assert.InRange(visitLine, verified, alone);
        Assert.True(tyres > alone, text);

        using var buyer = api.ClientWith(null);
        var page = await buyer.GetStringAsync(new Uri(early.Str("url")).PathAndQuery);
        var change = System.Text.RegularExpressions.Regex.Match(
            page.Replace("&#x2192;", "→"),
            @"Confirmed visits: (\d+) → (\d+)"
        );
        Assert.True(change.Success, page);
        Assert.Equal(int.Parse(change.Groups[1].Value) + 1, int.Parse(change.Groups[2].Value));
        Assert.Contains("Timing belt", page.Replace("&#x2019;", "'"));
    }
}
