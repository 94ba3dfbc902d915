using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CarPass.Host.Tests.Security;

/// <summary>
/// The data-protection keys (they sign the operator cookie) live beside the database: no warning at
/// start, and a cookie outlives a restart.
/// </summary>
public sealed class DataProtectionTests
{
    [Fact]
    public async Task The_host_starts_without_a_data_protection_warning_and_keeps_its_keys_beside_the_database()
    {
        await using var factory = new HostFactory();

        using var client = factory.CreateClient();

        Assert.DoesNotContain(
            factory.Logs.Entries,
            e =>
                e.Level >= LogLevel.Warning
                && (
                    e.Message.Contains("key", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("XML encryptor")
                )
        );
        Assert.Single(Directory.GetFiles(Path.Combine(factory.Folder, "keys"), "key-*.xml"));
    }

    [Fact]
    public async Task An_operator_cookie_still_opens_the_dashboard_after_a_restart()
    {
        await using var factory = new HostFactory();
        string cookie;
        await using (var before = Production(factory))
        {
            using var client = before.CreateClient(new() { AllowAutoRedirect = false });
            cookie = await OperatorSignIn.CookieAsync(client);
        }

        await using var after = Production(factory);
        using var restarted = after.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await restarted.SendAsync(request)).StatusCode);
    }

    private static WebApplicationFactory<Program> Production(HostFactory factory) =>
        factory.WithWebHostBuilder(b => b.AsProductionWithOperator());
}
