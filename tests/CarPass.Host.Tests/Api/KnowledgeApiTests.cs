using System.Net;
using System.Text.Json;
using CarPass.Data.Documents;
using CarPass.Data.Tyres;
using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;

namespace CarPass.Host.Tests.Api;

/// <summary>
/// GET /api/my/vehicles/{id}/documents and /tyres: the owner's only, numbers masked, photos never.
/// Each test records on a car of its own: the demo cars already hold documents and tyres.
/// </summary>
public sealed class KnowledgeApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_owner_reads_documents_with_masked_numbers_their_status_and_no_photo()
    {
        var today = api.Clock.GetUtcNow().UtcDateTime.Date;
        var car = await api.AddCarAsync("Octavia");
        await AddAsync(car, DocumentKind.Kasko, "KASKO-778899", today.AddDays(200), "kasko-photo");
        await AddAsync(car, DocumentKind.Inspection, "0123456789", today.AddDays(20));
        using var client = api.ClientFor(ApiFixture.Owner);

        var response = await client.GetAsync($"/api/my/vehicles/{car}/documents");
        var raw = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(raw).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("778899", raw);
        Assert.DoesNotContain("kasko-photo", raw);
        var documents = body.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["inspection", "kasko"], documents.Select(d => d.Str("kind")));
        Assert.Equal(["•••• 6789", "•••• 8899"], documents.Select(d => d.Str("number_masked")));
        Assert.Equal(["expiring", "valid"], documents.Select(d => d.Str("status")));
        Assert.Equal("Скоро истекает", documents[0].Str("status_text"));
        Assert.Equal(20, documents[0].Int("days_left"));
        Assert.True(documents[1].GetProperty("has_photo").GetBoolean());
        Assert.False(body.GetProperty("osago_lapsed").GetBoolean());
    }

    [Theory]
    [InlineData(ApiFixture.Stranger)]
    [InlineData(ApiFixture.Employee)]
    public async Task Someone_else_even_a_centre_with_access_gets_404_for_documents_and_tyres(long telegramId)
    {
        using var client = api.ClientFor(telegramId);

        var documents = await client.GetAsync($"/api/my/vehicles/{api.CamryId}/documents");
        var tyres = await client.GetAsync($"/api/my/vehicles/{api.CamryId}/tyres");

        Assert.Equal(HttpStatusCode.NotFound, documents.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tyres.StatusCode);
    }

    [Fact]
    public async Task A_lapsed_osago_is_flagged_and_shows_in_what_to_improve_without_changing_the_score()
    {
        var car = await api.AddCarAsync("Polo");
        using var client = api.ClientFor(ApiFixture.Owner);
        var before = (await client.OkAsync($"/api/my/vehicles/{car}/score")).Int("completeness_score");
        var today = api.Clock.GetUtcNow().UtcDateTime.Date;

        await AddAsync(car, DocumentKind.Osago, "XXX 0000001111", today.AddDays(-3));
        var documents = await client.OkAsync($"/api/my/vehicles/{car}/documents");
        var score = await client.OkAsync($"/api/my/vehicles/{car}/score");

        Assert.True(documents.GetProperty("osago_lapsed").GetBoolean());
        Assert.Equal("lapsed", documents.GetProperty("documents")[0].Str("status"));
        var item = score.GetProperty("missing_items").EnumerateArray().Single(m => m.Str("code") == "insurance_valid");
        Assert.Equal(0, item.Int("weight"));
        Assert.Equal("Действующий полис ОСАГО", item.Str("title"));
        Assert.Equal(before, score.Int("completeness_score"));
    }

    [Fact]
    public async Task Tyres_list_the_fitted_set_first_and_say_when_the_change_is_due()
    {
        var today = api.Clock.GetUtcNow().UtcDateTime.Date;
        var car = await api.AddCarAsync("Rapid");
        await WriteAsync<TyreUseCases, TyreSet>(t =>
            t.AddAsync(api.OwnerId, car, new TyreDraft(TyreSeason.Summer, "205/55 R16", false), default)
        );
        await WriteAsync<TyreUseCases, TyreSet>(t =>
            t.AddAsync(api.OwnerId, car, new TyreDraft(TyreSeason.Winter, "205/55r16", true, today), default)
        );
        using var client = api.ClientFor(ApiFixture.Owner, "ru");

        var tyres = await client.OkAsync($"/api/my/vehicles/{car}/tyres");

        var sets = tyres.GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal(["winter", "summer"], sets.Select(s => s.Str("season")));
        Assert.True(sets[0].GetProperty("fitted").GetBoolean());
        Assert.Equal("205/55 R16", sets[0].Str("size"));
        Assert.Equal("Зимние", sets[0].Str("season_text"));
        Assert.Equal("summer", tyres.Str("season_due"));
        Assert.True(tyres.GetProperty("change_due").GetBoolean());
    }

    private Task AddAsync(Guid car, DocumentKind kind, string number, DateTime expires, string? photo = null) =>
        WriteAsync<DocumentUseCases, VehicleDocument>(d =>
            d.AddAsync(api.OwnerId, car, new DocumentDraft(kind, number, expires, PhotoFileId: photo), default)
        );

    private async Task WriteAsync<TUseCases, T>(Func<TUseCases, Task<Domain.Common.Outcome<T>>> write)
        where TUseCases : notnull =>
        Assert.True(await api.WithAsync<TUseCases, bool>(async u => (await write(u)).IsSuccess));
}
