using System.Net;
using System.Net.Http.Json;
using CarPass.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Tests.Api;

public sealed class InternalApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static TheoryData<string> Paths =>
        ["/api/internal/scoring/recompute", "/api/internal/achievements/evaluate"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Without_the_key_header_the_call_is_401(string path)
    {
        using var client = api.ClientWith(null);

        var response = await client.PostAsJsonAsync(path, new { all = true });

        await Json.ProblemAsync(response, HttpStatusCode.Unauthorized, "internal_key_missing");
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task With_a_wrong_key_the_call_is_403_even_with_valid_init_data(string path)
    {
        using var client = api.ClientFor(ApiFixture.Owner);
        client.DefaultRequestHeaders.Add("X-Internal-Key", ApiFixture.InternalKey + "x");

        var response = await client.PostAsync(path, new StringContent("not json at all"));

        await Json.ProblemAsync(response, HttpStatusCode.Forbidden, "internal_key_wrong");
    }

    [Fact]
    public async Task Recompute_refreshes_every_stored_score_in_one_write_and_says_what_it_did()
    {
        api.Clock.Advance(TimeSpan.FromHours(3));
        using var client = Keyed();

        var response = await client.PostAsJsonAsync("/api/internal/scoring/recompute", new { all = true });

        var body = await Json.BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.Int("vehicles"));
        Assert.Equal(1, body.Int("service_centers"));
        var now = api.Clock.GetUtcNow().UtcDateTime;
        var stamps = await api.WithAsync<CarPassDbContext, List<DateTime>>(db =>
            db.VehicleScores.Select(s => s.ComputedAt).ToListAsync()
        );
        var audited = await api.WithAsync<CarPassDbContext, bool>(db =>
            db.AuditLog.AnyAsync(a => a.Action == "scores.recomputed" && a.OccurredAt == now)
        );
        Assert.All(stamps, stamp => Assert.Equal(now, stamp));
        Assert.True(audited);
    }

    [Fact]
    public async Task Evaluate_for_listed_ids_skips_unknown_ones_and_unlocks_nothing_twice()
    {
        using var client = Keyed();
        var request = new { vehicle_ids = new[] { api.CamryId, Guid.CreateVersion7() } };

        var body = await Json.BodyAsync(await client.PostAsJsonAsync("/api/internal/achievements/evaluate", request));

        Assert.Equal(1, body.Int("vehicles"));
        Assert.Equal(0, body.Int("unlocks_added"));
    }

    [Theory]
    [InlineData("{}", "nothing_to_recompute")]
    [InlineData("{\"vehicle_ids\": [\"nope\"]}", "body_invalid")]
    [InlineData("[1, 2]", "body_invalid")]
    public async Task A_body_that_says_nothing_usable_is_a_400(string json, string error)
    {
        using var client = Keyed();

        var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/internal/scoring/recompute", content);

        await Json.ProblemAsync(response, HttpStatusCode.BadRequest, error);
    }

    [Fact]
    public async Task Without_a_configured_key_the_internal_endpoints_do_not_exist()
    {
        await using var host = new HostFactory();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Internal-Key", "");

        foreach (var path in Paths)
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync(path, new { all = true })).StatusCode);
    }

    [Theory]
    [InlineData("short-key")]
    [InlineData("0123456789abcdef0123456789abcde")] // 31 characters
    public async Task A_key_shorter_than_32_characters_stops_the_host_with_a_clear_message(string key)
    {
        await using var factory = new HostFactory();
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Internal:ApiKey", key));

        var refusal = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Internal:ApiKey must be at least 32 characters", refusal.ToString());
    }

    private HttpClient Keyed()
    {
        var client = api.ClientWith(null);
        client.DefaultRequestHeaders.Add("X-Internal-Key", ApiFixture.InternalKey);
        return client;
    }
}
