using System.Net;
using System.Text.Json;

namespace CarPass.Host.Tests.Api;

public sealed class ServiceCenterTrustTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_owner_whose_car_the_centre_serviced_sees_its_trust_level_in_words_only()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var trust = await client.OkAsync($"/api/service-centers/{api.CenterId}/trust-score");

        Assert.Equal("Автосервис «Мотор»", trust.Str("name"));
        Assert.True(trust.GetProperty("verified").GetBoolean());
        Assert.Equal("new", trust.Str("trust_level"));
        Assert.Equal("Доверие: пока мало визитов", trust.Str("trust_level_text"));
        Assert.False(string.IsNullOrWhiteSpace(trust.Str("trust_level_description")));
        Assert.Equal(JsonValueKind.Null, trust.GetProperty("details").ValueKind);
    }

    [Fact]
    public async Task The_centres_own_staff_also_see_its_operational_numbers()
    {
        using var client = api.ClientFor(ApiFixture.Employee);

        var details = (await client.OkAsync($"/api/service-centers/{api.CenterId}/trust-score")).GetProperty("details");

        Assert.Equal(2, details.Int("confirmed_visits"));
        Assert.Equal(1.0, details.GetProperty("confirmation_rate").GetDouble());
        Assert.InRange(details.Int("trust_score"), 0, 100);
    }

    [Fact]
    public async Task A_centre_unrelated_to_the_user_answers_like_one_that_does_not_exist()
    {
        using var stranger = api.ClientFor(ApiFixture.Stranger);

        var unrelated = await stranger.GetAsync($"/api/service-centers/{api.CenterId}/trust-score");
        var missing = await stranger.GetAsync($"/api/service-centers/{Guid.CreateVersion7()}/trust-score");
        var malformed = await stranger.GetAsync("/api/service-centers/nope/trust-score");

        await Json.ProblemAsync(unrelated, HttpStatusCode.NotFound);
        await Json.ProblemAsync(missing, HttpStatusCode.NotFound);
        await Json.ProblemAsync(malformed, HttpStatusCode.NotFound);
    }
}
