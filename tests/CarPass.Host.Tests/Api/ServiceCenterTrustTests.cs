using System.Net;
using System.Text.Json;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Texts;

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
        Assert.Equal(JsonValueKind.Null, trust.GetProperty("hints").ValueKind);
    }

    [Fact]
    public async Task The_centres_manager_sees_what_would_raise_its_trust_as_the_bots_center_screen_lists_it()
    {
        using var client = api.ClientFor(ApiFixture.Employee);

        var trust = await client.OkAsync($"/api/service-centers/{api.CenterId}/trust-score");

        var expected = await api.WithAsync<CenterReader, IReadOnlyList<TrustHint>>(r =>
            r.HintsAsync(api.CenterId, default)
        );
        var hints = trust.GetProperty("hints").EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => (h.Code, h.Count)), hints.Select(h => (h.Str("code"), h.Int("count"))));
        Assert.All(
            hints.Zip(expected),
            p =>
                Assert.Equal(
                    TextCatalog.Get(Language.Ru, $"trust_hint.{p.Second.Code}", p.Second.Count),
                    p.First.Str("text")
                )
        );
    }

    [Fact]
    public async Task Staff_find_the_centres_they_work_at_and_owners_find_none()
    {
        using var employee = api.ClientFor(ApiFixture.Employee);
        using var owner = api.ClientFor(ApiFixture.Owner);

        var mine = (await employee.OkAsync("/api/me/centers")).GetProperty("centers").EnumerateArray().ToList();
        var none = (await owner.OkAsync("/api/me/centers")).GetProperty("centers").GetArrayLength();

        var centre = Assert.Single(mine);
        Assert.Equal(api.CenterId, centre.GetProperty("service_center_id").GetGuid());
        Assert.True(centre.GetProperty("manager").GetBoolean());
        Assert.True(centre.GetProperty("verified").GetBoolean());
        Assert.Equal("Доверие: пока мало визитов", centre.Str("trust_level_text"));
        Assert.Equal(0, none);
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
