using System.Globalization;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>Dates in the chat are written the reader's way (language) and in the reader's own time zone (/settings).</summary>
public sealed class UserDatesTests : IAsyncLifetime
{
    private const string Zone = "Asia/Vladivostok";
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
        var owner = await UserAsync(_world, Owner);
        await _world.Service<UserUseCases>().SetTimeZoneAsync(owner.Id, Zone, default);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_english_owner_sees_an_access_expiry_in_their_zone_and_never_a_russian_date()
    {
        await GrantedAccessAsync(_world);
        var expires = await _world.DbAsync(db =>
            db.VehicleAccessGrants.Where(g => g.ExpiresAt != null).Select(g => g.ExpiresAt!.Value).SingleAsync()
        );

        var list = await _world.SayAsync(Owner, "/access");

        Assert.Contains($"until {Local(expires, "d MMM yyyy, HH:mm")}", list.Text);
        Assert.DoesNotContain(expires.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), list.Text);
    }

    [Fact]
    public async Task A_russian_owner_sees_the_same_expiry_written_the_russian_way()
    {
        await GrantedAccessAsync(_world);
        var expires = await _world.DbAsync(db =>
            db.VehicleAccessGrants.Where(g => g.ExpiresAt != null).Select(g => g.ExpiresAt!.Value).SingleAsync()
        );

        var owner = await UserAsync(_world, Owner);
        await _world.Service<UserUseCases>().SetLanguageAsync(owner.Id, Domain.Texts.Language.Ru, default);

        var list = await _world.SayAsync(Owner, "/access");

        Assert.Contains($"до {Local(expires, "dd.MM.yyyy HH:mm")}", list.Text);
    }

    [Fact]
    public async Task The_visit_an_owner_is_asked_about_shows_its_day_in_english()
    {
        await GrantedAccessAsync(_world);

        var ask = await RecordVisitAsync(_world, "Oil change", 50_600);
        var day = await _world.DbAsync(db => db.ServiceVisits.Select(v => v.VisitDate).SingleAsync());

        Assert.Contains($"Date: {Local(day, "d MMM yyyy")}", ask.Text);
    }

    private static string Local(DateTime utc, string pattern) =>
        TimeZoneInfo
            .ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(Zone))
            .ToString(pattern, CultureInfo.InvariantCulture);
}
