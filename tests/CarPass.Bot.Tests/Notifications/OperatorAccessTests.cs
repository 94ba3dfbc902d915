using System.Net;

namespace CarPass.Bot.Tests.Notifications;

public sealed class OperatorAccessTests : IAsyncLifetime
{
    private const long Operator = 555;
    private NudgeWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await NudgeWorld.StartAsync(
            new Dictionary<string, string>
            {
                ["Admin:TelegramIds:0"] = Operator.ToString(),
                ["Jobs:DashboardAllowLocal"] = "true",
            },
            environment: "Production"
        );

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_dashboard_is_never_anonymous_in_production()
    {
        using var client = _world.Host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Without_an_internal_key_the_trigger_endpoint_does_not_exist()
    {
        using var client = _world.Host.CreateClient();

        var response = await client.PostAsync("/api/internal/jobs/maintenance-sweep/trigger", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Operator, 0, HttpStatusCode.OK)]
    [InlineData(777, 0, HttpStatusCode.Unauthorized)] // not an operator
    [InlineData(Operator, 25, HttpStatusCode.Unauthorized)] // initData older than a Mini App session lives
    public async Task The_dashboard_opens_to_an_operators_fresh_init_data(
        long telegramId,
        int hoursOld,
        HttpStatusCode expected
    )
    {
        using var client = _world.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.TryAddWithoutValidation("Authorization", $"tma {InitData(telegramId, hoursOld)}");

        Assert.Equal(expected, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task An_operator_signs_in_once_and_the_cookie_opens_the_dashboard()
    {
        using var client = _world.Host.CreateClient();

        var login = await client.PostAsync(
            "/hangfire/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["init_data"] = InitData(Operator, 0) })
        );
        var forged = await client.PostAsync(
            "/hangfire/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["init_data"] = InitData(Operator, 0) + "0" })
        );

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.EndsWith("/hangfire", login.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hangfire/recurring")).StatusCode);
    }

    private string InitData(long telegramId, int hoursOld) =>
        SignedInitData.For(
            Fake.FakeBotApi.Token,
            telegramId,
            _world.Clock.GetUtcNow().AddHours(-hoursOld).ToUnixTimeSeconds()
        );
}
