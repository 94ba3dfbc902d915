using System.Net;
using CarPass.Host.Tests.Api;

namespace CarPass.Host.Tests.Security;

/// <summary>initData attacks the basic auth tests do not cover: smuggled duplicates and oversized headers.</summary>
public sealed class InitDataEdgeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_second_user_field_appended_to_valid_initData_is_refused()
    {
        var valid = api.InitData(ApiFixture.Stranger);
        var smuggled =
            valid + "&user=" + Uri.EscapeDataString($$"""{"id":{{ApiFixture.Owner}},"first_name":"Owner"}""");
        using var client = api.ClientWith(smuggled);

        var response = await client.GetAsync("/api/my/vehicles");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_initData_with_a_field_repeated_is_refused()
    {
        var valid = api.InitData(ApiFixture.Owner);
        var authDate = valid.Split('&').First(p => p.StartsWith("auth_date="));
        using var client = api.ClientWith(valid + "&" + authDate);

        var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(64_000)]
    public async Task An_oversized_header_is_refused_without_a_crash(int length)
    {
        var valid = api.InitData(ApiFixture.Owner);
        using var client = api.ClientWith(valid + "&pad=" + new string('a', length));

        var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_same_valid_initData_still_works_so_the_refusals_above_are_about_the_change()
    {
        using var client = api.ClientWith(api.InitData(ApiFixture.Owner));

        var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
