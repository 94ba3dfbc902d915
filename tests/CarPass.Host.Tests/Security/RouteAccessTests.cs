using System.Net;
using System.Net.Http.Json;
using CarPass.Host.Tests.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Host.Tests.Security;

/// <summary>
/// Broken object-level authorization (OWASP API1), checked for every route the host maps: each id
/// in a path is filled with someone else's object and must get the answer a missing object gets.
/// A new endpoint with a kind of id this table does not know fails the suite until it is covered.
/// </summary>
public sealed class RouteAccessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>Routes without a signed-in user on purpose, each with the reason.</summary>
    private static readonly Dictionary<string, string> Public = new()
    {
        ["/"] = "redirects to the Mini App's static page, which carries no data",
        ["/healthz"] = "load balancer probe (liveness, no database)",
        ["/healthz/ready"] = "readiness probe (the database answers)",
        ["/telegram/webhook"] = "authenticated by Telegram's secret header (tested in the bot tests)",
        ["/dev/open"] = "only with the development token and only for this machine (tested in DevHelperTests)",
        ["/hangfire"] = "operators only (tested with the jobs)",
        ["/r"] =
            "a shared report's public page: an unguessable token, rate-limited, noindex (tested in ShareLinkTests)",
    };

    [Fact]
    public async Task Every_api_route_refuses_a_request_without_initData()
    {
        using var anonymous = api.ClientWith(null);
        foreach (
            var (method, pattern) in Routes()
                .Where(r => r.Pattern.StartsWith("/api/") && !r.Pattern.StartsWith("/api/internal/"))
        )
        {
            var response = await anonymous.SendAsync(
                new HttpRequestMessage(new HttpMethod(method), Fill(pattern, api.CamryId, api.CenterId))
            );

            Assert.True(
                response.StatusCode == HttpStatusCode.Unauthorized,
                $"{method} {pattern} answered {(int)response.StatusCode} without initData"
            );
        }
    }

    [Fact]
    public async Task Every_route_with_an_id_gives_a_stranger_the_same_404_as_a_missing_object()
    {
        using var stranger = api.ClientFor(ApiFixture.Stranger);
        using var owner = api.ClientFor(ApiFixture.Owner);
        var ownersLink = (
            await Json.BodyAsync(
                await owner.PostAsync($"/api/my/vehicles/{api.CamryId}/reports", JsonContent.Create(new { days = 7 }))
            )
        )
            .GetProperty("id")
            .GetGuid();
        var checkedRoutes = 0;
        foreach (
            var (method, pattern) in Routes()
                .Where(r =>
                    r.Pattern.Contains('{') && r.Pattern.StartsWith("/api/") && !r.Pattern.StartsWith("/api/internal/")
                )
        )
        {
            var foreign = await stranger.SendAsync(
                new HttpRequestMessage(new HttpMethod(method), Fill(pattern, api.CamryId, api.CenterId, ownersLink))
            );
            var missing = await stranger.SendAsync(
                new HttpRequestMessage(new HttpMethod(method), Fill(pattern, Guid.NewGuid(), Guid.NewGuid()))
            );

            Assert.True(
                foreign.StatusCode == HttpStatusCode.NotFound,
                $"{method} {pattern} answered {(int)foreign.StatusCode} for someone else's object"
            );
            Assert.Equal(missing.StatusCode, foreign.StatusCode);
            Assert.Equal(await Shape(missing), await Shape(foreign));
            checkedRoutes++;
        }
        Assert.True(checkedRoutes >= 3, $"only {checkedRoutes} id routes found");
    }

    [Fact]
    public void Every_mapped_route_is_either_signed_in_or_listed_as_public_with_a_reason()
    {
        var unexplained = Routes()
            .Select(r => r.Pattern)
            .Where(p => !p.StartsWith("/api/") && !Public.Keys.Any(k => p == k || p.StartsWith(k + "/")))
            .Distinct()
            .ToList();

        Assert.True(unexplained.Count == 0, "routes with no access rule here: " + string.Join(", ", unexplained));
    }

    private IEnumerable<(string Method, string Pattern)> Routes() =>
        api
            .Host.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
                (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m =>
                    (m, WithoutConstraints(e.RoutePattern.RawText!))
                )
            );

    /// <summary>"/api/x/{vehicle_id:guid}" becomes "/api/x/{vehicle_id}".</summary>
    private static string WithoutConstraints(string raw) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(raw.TrimStart('/'), @"\{(\w+)(:[^}]*)?\}", "{$1}");

    /// <summary>Fills the route's ids; an id kind not known here is a new endpoint that needs a rule.</summary>
    private static string Fill(string pattern, Guid vehicleId, Guid centerId, Guid? linkId = null)
    {
        var path = pattern
            .Replace("{vehicle_id}", vehicleId.ToString())
            .Replace("{link_id}", (linkId ?? vehicleId).ToString())
            .Replace("{service_center_id}", centerId.ToString());
        Assert.False(
            path.Contains('{'),
            $"{pattern} takes an id this access test does not know how to fill: add it here"
        );
        return path;
    }

    private static async Task<string> Shape(HttpResponseMessage response) =>
        $"{response.Content.Headers.ContentType?.MediaType} {(await response.Content.ReadAsStringAsync()).Length > 0}";
}
