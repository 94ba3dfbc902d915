using CarPass.Bot.Tests.Support;
using CarPass.Data.Reports;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CarPass.Bot.Tests.Flows;

/// <summary>/report and /links through the real Telegram.Bot client and the fake Bot API.</summary>
public sealed class ReportFlowTests : IAsyncLifetime
{
    private const long Owner = 771;
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        await _world.AddCarAsync(Owner, "Golf", 50_000);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_owner_answers_three_questions_and_gets_the_pdf_as_a_document_with_a_live_link()
    {
        var identity = await _world.SayAsync(Owner, "/report");
        var days = await _world.TapAsync(Owner, identity, "Partly hidden");
        var name = await _world.TapAsync(Owner, days, "14 days");
        var sent = await _world.TapAsync(Owner, name, "No");
        var document = await _world.NextAsync(Owner);

        Assert.Contains("Golf", identity.Text);
        Assert.Contains("/r/", sent.Text);
        Assert.Equal("sendDocument", document.Method);
        Assert.Contains("«Golf»", document.Text);
        var link = await _world.DbAsync(db => db.ShareLinks.SingleAsync());
        Assert.Equal(14, (link.ExpiresAt - link.CreatedAt).TotalDays);
        Assert.False(link.FullIdentity);
        Assert.Null(link.AuthorFirstName);
        using var pdf = PdfDocument.Open(document.Document!.Content);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(link.ReportId, text);
        Assert.Contains("Golf", text);
    }

    [Fact]
    public async Task A_car_only_shared_with_someone_is_not_offered_for_a_report_of_theirs()
    {
        const long viewer = 772;
        await _world.SayAsync(viewer, "/start");
        var viewerId = await _world.DbAsync(db =>
            db.Users.Where(u => u.TelegramId == viewer).Select(u => u.Id).SingleAsync()
        );
        var golf = await _world.DbAsync(db => db.Vehicles.Select(v => v.Id).SingleAsync());
        await _world.DbAsync(async db =>
        {
            db.VehicleAccessGrants.Add(
                new CarPass.Data.Access.VehicleAccessGrant
                {
                    VehicleId = golf,
                    UserId = viewerId,
                    Role = CarPass.Data.Access.AccessRole.Viewer,
                    GrantedAt = DateTime.UtcNow,
                }
            );
            return await db.SaveChangesAsync();
        });

        var answer = await _world.SayAsync(viewer, "/report");

        Assert.Contains("no car of your own", answer.Text);
        Assert.DoesNotContain(
            answer.Buttons,
            b => b.CallbackData?.StartsWith(CarPass.Bot.Routing.CallbackData.Report + ":") == true
        );
        Assert.Equal(0, await _world.DbAsync(db => db.ShareLinks.CountAsync()));
    }

    [Fact]
    public async Task A_forged_lifetime_is_refused_with_a_clear_answer_and_makes_no_link()
    {
        var identity = await _world.SayAsync(Owner, "/report");
        var days = await _world.TapAsync(Owner, identity, "Partly hidden");
        var forged = days.Button("7 days").Replace(":7", ":45");

        _world.Tap(Owner, days, forged + ":n");
        var answer = await _world.NextAsync(Owner);

        Assert.Contains("1 to 30 days", answer.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.ShareLinks.CountAsync()));
    }

    [Fact]
    public async Task Links_lists_the_open_reports_with_their_views_and_revokes_one()
    {
        var identity = await _world.SayAsync(Owner, "/report");
        var days = await _world.TapAsync(Owner, identity, "Show in full");
        var name = await _world.TapAsync(Owner, days, "7 days");
        await _world.TapAsync(Owner, name, "No");
        await _world.NextAsync(Owner);
        var link = await _world.DbAsync(db => db.ShareLinks.SingleAsync());

        var list = await _world.SayAsync(Owner, "/links");
        var revoked = await _world.TapAsync(Owner, list, "Revoke");

        Assert.Contains(link.ReportId, list.Text);
        Assert.Contains("opened 0 times", list.Text);
        Assert.Contains(link.ReportId, revoked.Text);
        Assert.NotNull((await _world.DbAsync(db => db.ShareLinks.SingleAsync())).RevokedAt);
        Assert.Contains("no reports", (await _world.SayAsync(Owner, "/links")).Text);
    }
}
