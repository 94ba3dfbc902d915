using System.Text.Json;
using CarPass.Domain.Achievements;

namespace CarPass.Host.Tests.Api;

public sealed class MeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Me_shows_the_profile_and_language_and_leaves_the_garage_to_the_garage_endpoint()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var me = await client.OkAsync("/api/me");

        Assert.Equal("Алексей", me.Str("first_name"));
        Assert.Equal("ru", me.Str("language"));
        Assert.False(me.TryGetProperty("garage", out _));
    }

    [Fact]
    public async Task Achievements_list_the_owners_vehicle_badges_in_russian_and_the_active_catalogue()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var body = await client.OkAsync("/api/me/achievements");

        var earned = body.GetProperty("earned").EnumerateArray().ToList();
        var fullProfile = earned.Single(e =>
            e.Str("code") == AchievementCodes.FullVehicleProfile && e.GetProperty("vehicle_id").GetGuid() == api.CamryId
        );
        Assert.Equal("vehicle", fullProfile.Str("scope"));
        Assert.Equal("Полный профиль автомобиля", fullProfile.Str("title"));
        Assert.Equal(JsonValueKind.String, fullProfile.GetProperty("unlocked_at").ValueKind);
        var catalogue = body.GetProperty("catalogue").EnumerateArray().Select(c => c.Str("code")).ToList();
        Assert.Equal(AchievementCatalogue.Default.Select(d => d.Code).Order(), catalogue.Order());
        Assert.DoesNotContain(earned, e => e.Str("code") == AchievementCodes.VerifiedServiceCenter);
    }

    [Fact]
    public async Task A_centre_manager_sees_the_centres_badge_but_none_of_the_owners_cars()
    {
        using var client = api.ClientFor(ApiFixture.Employee);

        var earned = (await client.OkAsync("/api/me/achievements")).GetProperty("earned").EnumerateArray().ToList();

        var badge = Assert.Single(earned);
        Assert.Equal(AchievementCodes.VerifiedServiceCenter, badge.Str("code"));
        Assert.Equal(api.CenterId, badge.GetProperty("service_center_id").GetGuid());
    }
}
