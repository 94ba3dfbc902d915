using CarPass.Data.Persistence;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Tests.Api;

/// <summary>The Mini App shows a centre's trust from the same stored score the bot shows (one path, not a rescoring).</summary>
public sealed class CenterTrustPathTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_trust_the_api_shows_is_the_stored_score()
    {
        await api.WithAsync<CarPassDbContext, int>(db =>
            db.ServiceCenterScores.Where(s => s.ServiceCenterId == api.CenterId)
                .ExecuteUpdateAsync(s =>
                    s.SetProperty(x => x.TrustLevel, TrustLevel.Reliable).SetProperty(x => x.TrustScore, 77)
                )
        );
        using var client = api.ClientFor(ApiFixture.Employee);

        var trust = await client.OkAsync($"/api/service-centers/{api.CenterId}/trust-score");

        Assert.Equal("reliable", trust.Str("trust_level"));
        Assert.Equal(77, trust.GetProperty("details").Int("trust_score"));
    }
}
