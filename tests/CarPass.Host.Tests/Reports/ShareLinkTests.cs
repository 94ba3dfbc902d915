using System.Net;
using System.Net.Http.Json;
using CarPass.Data.Ownership;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Host.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Tests.Reports;

/// <summary>A report's share link through the real host: made from the Mini App's API, opened on /r/, counted, audited, revoked, expired.</summary>
public sealed class ShareLinkTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(Guid Id, string Url)> CreateAsync(Guid vehicleId, object body)
    {
        using var client = api.ClientFor(ApiFixture.Owner, "en");
        var response = await client.PostAsJsonAsync($"/api/my/vehicles/{vehicleId}/reports", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await Json.BodyAsync(response);
        return (json.GetProperty("id").GetGuid(), json.Str("url"));
    }

    private HttpClient Anonymous() => api.ClientWith(null);

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    private Task<int> AuditedAsync(string action, Guid linkId) =>
        api.WithAsync<CarPassDbContext, int>(db =>
            db.AuditLog.CountAsync(a => a.Action == action && a.EntityId == linkId)
        );

    [Fact]
    public async Task A_buyer_opens_the_link_without_telegram_each_view_is_counted_and_audited_and_never_indexed()
    {
        var (id, url) = await CreateAsync(
            api.CamryId,
            new
            {
                full_identity = false,
                days = 7,
                show_first_name = false,
            }
        );
        Assert.Matches("/r/[A-Za-z0-9_-]{43}$", url);
        using var buyer = Anonymous();

        var first = await buyer.GetAsync(PathOf(url));
        var second = await buyer.GetAsync(PathOf(url));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("noindex", first.Headers.GetValues("X-Robots-Tag").Single());
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains("<meta name=\"robots\" content=\"noindex", html);
        Assert.Contains("Camry", html);
        Assert.Equal(2, await AuditedAsync("report.link_viewed", id));
        using var owner = api.ClientFor(ApiFixture.Owner, "en");
        var listed = (await owner.OkAsync("/api/my/share-links"))
            .EnumerateArray()
            .Single(l => l.GetProperty("id").GetGuid() == id);
        Assert.Equal(2, listed.Int("view_count"));
    }

    [Fact]
    public async Task A_revoked_link_shows_exactly_the_page_of_a_token_that_never_existed()
    {
        var (id, url) = await CreateAsync(
            api.CamryId,
            new
            {
                full_identity = true,
                days = 3,
                show_first_name = true,
            }
        );
        using var owner = api.ClientFor(ApiFixture.Owner, "en");
        using var buyer = Anonymous();

        var revoke = await owner.DeleteAsync($"/api/my/share-links/{id}");
        var revoked = await buyer.GetAsync(PathOf(url));
        var unknown = await buyer.GetAsync("/r/" + new string('A', 43));
        var malformed = await buyer.GetAsync("/r/not-a-token");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        var page = await revoked.Content.ReadAsStringAsync();
        Assert.Equal(page, await unknown.Content.ReadAsStringAsync());
        Assert.Equal(page, await malformed.Content.ReadAsStringAsync());
        Assert.Contains("noindex", revoked.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal(1, await AuditedAsync("report.link_revoked", id));
        Assert.Equal(0, await AuditedAsync("report.link_viewed", id));
        Assert.DoesNotContain(
            (await owner.OkAsync("/api/my/share-links")).EnumerateArray(),
            l => l.GetProperty("id").GetGuid() == id
        );
        Assert.Equal(HttpStatusCode.NotFound, (await owner.DeleteAsync($"/api/my/share-links/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_link_stops_when_its_days_are_over()
    {
        var (_, url) = await CreateAsync(
            api.CamryId,
            new
            {
                full_identity = false,
                days = 1,
                show_first_name = false,
            }
        );
        using var buyer = Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync(PathOf(url))).StatusCode);

        api.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var expired = await buyer.GetAsync(PathOf(url));
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("no longer shared", await expired.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public async Task A_lifetime_outside_one_to_thirty_days_is_refused_in_the_users_language_and_makes_nothing(int days)
    {
        using var owner = api.ClientFor(ApiFixture.Owner, "ru");
        var before = await api.WithAsync<CarPassDbContext, int>(db => db.ShareLinks.CountAsync());

        var response = await owner.PostAsJsonAsync(
            $"/api/my/vehicles/{api.CamryId}/reports",
            new
            {
                full_identity = false,
                days,
                show_first_name = false,
            }
        );

        await Json.ProblemAsync(response, HttpStatusCode.BadRequest, "report_link_days");
        Assert.Contains("от 1 до 30 дней", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await api.WithAsync<CarPassDbContext, int>(db => db.ShareLinks.CountAsync()));
    }

    [Fact]
    public async Task Someone_who_does_not_own_the_car_gets_404_and_no_link()
    {
        using var stranger = api.ClientFor(ApiFixture.Stranger, "en");

        var response = await stranger.PostAsJsonAsync($"/api/my/vehicles/{api.CamryId}/reports", new { days = 7 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Its own host: the transfer hands the car to someone else.</summary>
public sealed class ShareLinkTransferTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Selling_the_car_revokes_its_shared_reports()
    {
        using var owner = api.ClientFor(ApiFixture.Owner, "en");
        var created = await Json.BodyAsync(
            await owner.PostAsJsonAsync($"/api/my/vehicles/{api.VestaId}/reports", new { days = 30 })
        );
        var path = new Uri(created.Str("url")).PathAndQuery;
        using var buyerBrowser = api.ClientWith(null);
        Assert.Equal(HttpStatusCode.OK, (await buyerBrowser.GetAsync(path)).StatusCode);
        using var buyer = api.ClientFor(ApiFixture.Stranger, "en");
        await buyer.OkAsync("/api/me");
        var buyerId = await api.WithAsync<RecipientReader, Guid>(async r =>
            (await r.ByTelegramIdAsync(ApiFixture.Stranger, default))!.Id
        );

        var offer = await api.WithAsync<OwnershipUseCases, OwnershipTransfer>(async o =>
            (await o.OfferAsync(api.OwnerId, api.VestaId, default)).Value!.Transfer
        );
        var accepted = await api.WithAsync<OwnershipUseCases, bool>(async o =>
            (await o.AcceptAsync(buyerId, offer.Code, default)).IsSuccess
        );

        Assert.True(accepted);
        Assert.Equal(HttpStatusCode.NotFound, (await buyerBrowser.GetAsync(path)).StatusCode);
        Assert.Equal(
            1,
            await api.WithAsync<CarPassDbContext, int>(db =>
                db.AuditLog.CountAsync(a => a.Action == "report.link_revoked_by_transfer" && a.VehicleId == api.VestaId)
            )
        );
    }
}
