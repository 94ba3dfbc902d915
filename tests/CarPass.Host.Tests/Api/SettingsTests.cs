using System.Net;
using System.Net.Http.Json;
using System.Text;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Host.Tests.Api;

public sealed class SettingsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Settings_change_through_the_same_use_cases_as_the_bot_and_read_back_as_stored()
    {
        const long person = 100000081;
        using var client = api.ClientFor(person);
        var before = await client.OkAsync("/api/me/settings");
        Assert.Equal("Europe/Moscow", before.Str("time_zone"));
        Assert.Contains(
            "Asia/Vladivostok",
            before.GetProperty("common_time_zones").EnumerateArray().Select(z => z.GetString())
        );

        var response = await client.PutAsJsonAsync(
            "/api/me/settings",
            new
            {
                language = "en",
                time_zone = "Asia/Novosibirsk",
                quiet_hours_start = 23,
                quiet_hours_end = 7,
                notifications = new
                {
                    due_soon = false,
                    overdue = true,
                    milestones = false,
                    verified = true,
                },
            }
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await client.OkAsync("/api/me/settings");
        Assert.Equal("en", after.Str("language"));
        Assert.Equal("Asia/Novosibirsk", after.Str("time_zone"));
        Assert.Equal(23, after.Int("quiet_hours_start"));
        Assert.Equal(7, after.Int("quiet_hours_end"));
        Assert.False(after.GetProperty("notifications").GetProperty("due_soon").GetBoolean());
        Assert.False(after.GetProperty("notifications").GetProperty("milestones").GetBoolean());
        Assert.True(after.GetProperty("notifications").GetProperty("overdue").GetBoolean());
        Assert.Equal("en", (await client.OkAsync("/api/me")).Str("language"));
    }

    [Theory]
    [InlineData("{\"time_zone\":\"Mars/Olympus\"}", ErrorCodes.TimeZoneUnknown)]
    [InlineData("{\"quiet_hours_start\":25}", ErrorCodes.QuietHoursInvalid)]
    [InlineData("{\"quiet_hours_end\":-1}", ErrorCodes.QuietHoursInvalid)]
    public async Task A_bad_value_is_a_400_in_the_users_language_and_changes_nothing(string body, string error)
    {
        const long person = 100000082;
        using var client = api.ClientFor(person);
        var before = (await client.OkAsync("/api/me/settings")).GetRawText();

        var response = await client.PutAsync(
            "/api/me/settings",
            new StringContent(body, Encoding.UTF8, "application/json")
        );

        await Json.ProblemAsync(response, HttpStatusCode.BadRequest, error);
        var detail = (await Json.BodyAsync(response)).Str("detail");
        Assert.Equal(TextCatalog.Error(Language.Ru, new DomainError(error)), detail);
        Assert.Equal(before, (await client.OkAsync("/api/me/settings")).GetRawText());
    }

    [Theory]
    [InlineData("{not json", "settings_invalid")]
    [InlineData("", "settings_invalid")]
    [InlineData("{\"language\":\"de\"}", "language_invalid")]
    [InlineData("{\"quiet_hours_start\":\"late\"}", "settings_invalid")]
    public async Task A_malformed_body_is_a_localized_400_never_a_500(string body, string error)
    {
        using var client = api.ClientFor(100000083, "en");

        var response = await client.PutAsync(
            "/api/me/settings",
            new StringContent(body, Encoding.UTF8, "application/json")
        );

        await Json.ProblemAsync(response, HttpStatusCode.BadRequest, error);
        Assert.False(string.IsNullOrWhiteSpace((await Json.BodyAsync(response)).Str("detail")));
    }

    [Fact]
    public async Task A_muted_centre_is_listed_and_unmuting_it_twice_answers_404_the_second_time()
    {
        using var client = api.ClientFor(ApiFixture.Owner);
        await using (var scope = api.Host.Services.CreateAsyncScope())
            Assert.True(
                (
                    await scope
                        .ServiceProvider.GetRequiredService<CenterMuteUseCases>()
                        .MuteAsync(api.OwnerId, api.CenterId, default)
                ).IsSuccess
            );
        var muted = (await client.OkAsync("/api/me/settings")).GetProperty("muted_centers").EnumerateArray().ToList();
        Assert.Equal(api.CenterId, Assert.Single(muted).GetProperty("service_center_id").GetGuid());

        var first = await client.DeleteAsync($"/api/me/settings/muted-centers/{api.CenterId}");
        var second = await client.DeleteAsync($"/api/me/settings/muted-centers/{api.CenterId}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(0, (await Json.BodyAsync(first)).GetProperty("muted_centers").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }
}
