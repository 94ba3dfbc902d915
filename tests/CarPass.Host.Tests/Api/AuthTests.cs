using System.Net;
using CarPass.Data.Persistence;
using CarPass.Host.Dev;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Tests.Api;

public sealed class AuthTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static TheoryData<string> Endpoints =>
        [
            "/api/me",
            "/api/me/achievements",
            "/api/my/vehicles",
            $"/api/my/vehicles/{Guid.CreateVersion7()}/score",
            $"/api/my/vehicles/{Guid.CreateVersion7()}/timeline",
            $"/api/service-centers/{Guid.CreateVersion7()}/trust-score",
        ];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_refuses_a_request_without_init_data(string path)
    {
        using var client = api.ClientWith(null);

        var response = await client.GetAsync(path);

        await Json.ProblemAsync(response, HttpStatusCode.Unauthorized, "init_data_missing");
        Assert.Equal("tma", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_refuses_tampered_init_data(string path)
    {
        var tampered = api.InitData(ApiFixture.Owner).Replace("100000001", "100000002");
        using var client = api.ClientWith(tampered);

        await Json.ProblemAsync(await client.GetAsync(path), HttpStatusCode.Unauthorized, "init_data_invalid");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_refuses_expired_init_data(string path)
    {
        var dayAndASecondAgo = api.Clock.GetUtcNow().AddSeconds(-86401);
        using var client = api.ClientWith(api.InitData(ApiFixture.Owner, authDate: dayAndASecondAgo));

        await Json.ProblemAsync(await client.GetAsync(path), HttpStatusCode.Unauthorized, "init_data_expired");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_refuses_init_data_dated_in_the_future(string path)
    {
        var twoMinutesAhead = api.Clock.GetUtcNow().AddMinutes(2);
        using var client = api.ClientWith(api.InitData(ApiFixture.Owner, authDate: twoMinutesAhead));

        await Json.ProblemAsync(await client.GetAsync(path), HttpStatusCode.Unauthorized, "init_data_from_future");
    }

    [Fact]
    public async Task A_small_clock_skew_and_an_almost_day_old_session_are_accepted()
    {
        var now = api.Clock.GetUtcNow();
        using var ahead = api.ClientWith(api.InitData(ApiFixture.Owner, authDate: now.AddSeconds(30)));
        using var old = api.ClientWith(api.InitData(ApiFixture.Owner, authDate: now.AddSeconds(-86000)));

        Assert.Equal(HttpStatusCode.OK, (await ahead.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync("/api/me")).StatusCode);
    }

    [Theory]
    [InlineData("tma")]
    [InlineData("hash=zz")]
    [InlineData("auth_date=1&hash=abc")]
    [InlineData("%%%&&&===")]
    [InlineData("user=%7B%22id%22%3A1%7D&auth_date=1&hash=00")]
    [InlineData("auth_date=1&auth_date=2&hash=ab")]
    public async Task Garbage_in_the_header_is_a_401_never_a_crash(string initData)
    {
        using var client = api.ClientWith(initData);

        await Json.ProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Init_data_signed_with_another_bot_token_is_refused()
    {
        var foreign = InitDataSigner.ForUser("1:other-bot", ApiFixture.Owner, "Test", "ru", api.Clock.GetUtcNow());
        using var client = api.ClientWith(foreign);

        await Json.ProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized, "init_data_invalid");
    }

    [Fact]
    public async Task Signed_data_without_a_user_is_refused()
    {
        var fields = new Dictionary<string, string>
        {
            ["auth_date"] = api.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(),
        };
        using var client = api.ClientWith(InitDataSigner.Sign(ApiFixture.BotToken, fields));

        await Json.ProblemAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized, "init_data_invalid");
    }

    [Fact]
    public async Task A_first_time_visitor_is_registered_in_the_language_telegram_reports()
    {
        const long newcomer = 100000042;
        using var client = api.ClientFor(newcomer, "en-GB");

        var me = await client.OkAsync("/api/me");

        Assert.Equal("en", me.Str("language"));
        var user = await api.WithAsync<CarPassDbContext, Data.Users.User>(db =>
            db.Users.SingleAsync(u => u.TelegramId == newcomer)
        );
        Assert.Equal("en", user.Language);
        Assert.False(user.IsOperator);
    }

    [Fact]
    public async Task Init_data_never_reaches_the_logs()
    {
        var good = api.InitData(ApiFixture.Owner);
        var bad = good.Replace("100000001", "100000003");
        using (var client = api.ClientWith(good))
            await client.GetAsync("/api/me");
        using (var client = api.ClientWith(bad))
            await client.GetAsync("/api/me");

        var hash = good[(good.IndexOf("hash=", StringComparison.Ordinal) + 5)..];
        Assert.DoesNotContain(api.Logs.Entries, e => e.Message.Contains(hash) || e.Message.Contains("auth_date"));
    }
}
