using System.Net;
using CarPass.Data.Fuel;

namespace CarPass.Host.Tests.Api;

public sealed class TimelineTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_timeline_is_newest_first_and_tells_fuel_service_visits_confirmations_badges_and_odometer()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var items = (await client.OkAsync($"/api/my/vehicles/{api.CamryId}/timeline?limit=50"))
            .GetProperty("items")
            .EnumerateArray()
            .ToList();

        var times = items.Select(i => i.GetProperty("occurred_at").GetDateTime()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        var types = items.Select(i => i.Str("type")).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "fuel", "service", "visit", "visit_confirmed", "achievement", "odometer" },
            types
        );
        var visit = items.First(i => i.Str("type") == "visit" && i.Str("status") == "confirmed");
        var center = visit.GetProperty("service_center");
        Assert.Equal("new", center.Str("trust_level"));
        Assert.Equal("Доверие: пока мало визитов", center.Str("trust_level_text"));
        Assert.True(visit.GetProperty("trusted").GetBoolean());
        Assert.DoesNotContain("trust_score", center.GetRawText());
        var oil = items.Single(i => i.Str("type") == "visit" && i.Str("title") == "Моторное масло, Масляный фильтр");
        Assert.Equal("Замена масла и масляного фильтра", oil.Str("note"));
        var pending = items.Single(i => i.Str("type") == "visit" && i.Str("status") == "pending_confirmation");
        Assert.False(pending.GetProperty("trusted").GetBoolean());
        Assert.False(string.IsNullOrEmpty(pending.Str("status_text")));
    }

    [Fact]
    public async Task Paging_with_the_cursor_returns_every_entry_once_in_order_even_when_times_tie()
    {
        await LogTwoFillUpsAtTheSameMomentAsync();
        using var client = api.ClientFor(ApiFixture.Owner);
        var all = await IdsAsync(client, $"/api/my/vehicles/{api.VestaId}/timeline?limit=50");

        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var query = cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}";
            var page = await client.OkAsync($"/api/my/vehicles/{api.VestaId}/timeline?limit=1{query}");
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Str("id")));
            cursor = page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);

        Assert.Equal(all, paged);
        Assert.True(all.Count >= 5);
    }

    [Fact]
    public async Task A_cursor_is_refused_for_another_car_and_for_another_person()
    {
        using var owner = api.ClientFor(ApiFixture.Owner);
        using var stranger = api.ClientFor(ApiFixture.Stranger);
        var page = await owner.OkAsync($"/api/my/vehicles/{api.VestaId}/timeline?limit=1");
        var cursor = Uri.EscapeDataString(page.GetProperty("next_cursor").GetString()!);

        var own = await owner.GetAsync($"/api/my/vehicles/{api.VestaId}/timeline?limit=1&cursor={cursor}");
        var otherCar = await owner.GetAsync($"/api/my/vehicles/{api.CamryId}/timeline?cursor={cursor}");
        var otherPerson = await stranger.GetAsync($"/api/my/vehicles/{api.VestaId}/timeline?cursor={cursor}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await Json.ProblemAsync(otherCar, HttpStatusCode.BadRequest, "cursor_invalid");
        await Json.ProblemAsync(otherPerson, HttpStatusCode.BadRequest, "cursor_invalid");
    }

    [Theory]
    [InlineData("?cursor=not-ours", "cursor_invalid")]
    [InlineData("?cursor=%24%24%24", "cursor_invalid")]
    [InlineData("?limit=0", "limit_invalid")]
    [InlineData("?limit=51", "limit_invalid")]
    [InlineData("?limit=abc", null)]
    public async Task Bad_paging_input_is_a_400_problem(string query, string? error)
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var response = await client.GetAsync($"/api/my/vehicles/{api.CamryId}/timeline{query}");

        await Json.ProblemAsync(response, HttpStatusCode.BadRequest, error);
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, string path) =>
        (await client.OkAsync(path)).GetProperty("items").EnumerateArray().Select(i => i.Str("id")).ToList();

    private async Task LogTwoFillUpsAtTheSameMomentAsync()
    {
        var moment = api.Clock.GetUtcNow().UtcDateTime.AddDays(-5);
        foreach (var litres in new[] { 20.0, 25.0 })
        {
            var draft = new FuelDraft(litres, FilledAt: moment, IsFullTank: false);
            var logged = await api.WithAsync<FuelUseCases, bool>(async f =>
                (await f.LogAsync(api.OwnerId, api.VestaId, draft, default)).IsSuccess
            );
            Assert.True(logged);
        }
    }
}
