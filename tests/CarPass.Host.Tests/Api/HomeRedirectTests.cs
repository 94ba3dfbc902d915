using System.Net;

namespace CarPass.Host.Tests.Api;

public sealed class HomeRedirectTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_address_printed_at_start_opens_the_Mini_App()
    {
        using var client = api.ClientWith(null);

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/app/", response.Headers.Location?.OriginalString);
    }
}
