using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>/center: the centre's trust in words for all its staff; what would raise it, for its managers only.</summary>
public sealed class CenterScreenTests : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_manager_is_told_what_would_raise_trust_and_other_staff_are_not()
    {
        await GrantedAccessAsync(_world);
        await RecordVisitAsync(_world, "Oil change", 50_600);

        var manager = await _world.SayAsync(Manager, "/center");
        var employee = await _world.SayAsync(Employee, "/center");

        Assert.Contains("<b>Motor &amp; Sons</b>, Kazan · Trust: too few visits yet", manager.Text);
        Assert.Contains("What would raise trust", manager.Text);
        Assert.Contains("Visits awaiting owner confirmation: 1", manager.Text);
        Assert.DoesNotContain("Pass verification", manager.Text);
        Assert.Contains("<b>Motor &amp; Sons</b>, Kazan · Trust: too few visits yet", employee.Text);
        Assert.DoesNotContain("What would raise trust", employee.Text);
    }

    [Fact]
    public async Task With_nothing_waiting_the_manager_is_told_so()
    {
        var manager = await _world.SayAsync(Manager, "/center");

        Assert.Contains("Nothing right now", manager.Text);
    }

    [Fact]
    public async Task The_screen_names_the_trust_level_the_write_path_stored()
    {
        await _world.DbAsync(db =>
            db.ServiceCenterScores.ExecuteUpdateAsync(s =>
                s.SetProperty(x => x.TrustLevel, Domain.ServiceCenters.TrustLevel.Reliable)
            )
        );

        var manager = await _world.SayAsync(Manager, "/center");

        Assert.Contains("<b>Motor &amp; Sons</b>, Kazan · Reliable", manager.Text);
    }

    [Fact]
    public async Task A_manager_of_two_centres_picks_one_by_its_name_as_typed()
    {
        var screen = await _world.SayAsync(Manager, "/center");
        _world.Tap(Manager, screen, "f:reg");
        await _world.NextAsync(Manager);
        await _world.SayAsync(Manager, "Brakes <Pro>");
        var address = await _world.SayAsync(Manager, "Kazan");
        var contact = await _world.TapAsync(Manager, address, "Skip");
        await _world.TapAsync(Manager, contact, "Skip");

        _world.Tap(Manager, screen, "f:visit");
        var pick = await _world.NextAsync(Manager);

        Assert.Contains("Motor & Sons", pick.Buttons.Select(b => b.Text));
        Assert.Contains("Brakes <Pro>", pick.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task Staff_see_a_make_with_an_ampersand_as_typed_on_buttons_and_escaped_once_in_messages()
    {
        var owner = await UserAsync(_world, Owner);
        var car = await _world.DbAsync(db => db.Vehicles.Select(v => v.Id).SingleAsync());
        var changes = new Data.Vehicles.VehicleChanges(Make: "Toyota & Co");
        Assert.True(
            (
                await _world.Service<Data.Vehicles.VehicleUseCases>().UpdateAsync(owner.Id, car, changes, default)
            ).IsSuccess
        );

        var menu = await _world.SayAsync(Employee, "/center");
        await _world.TapAsync(Employee, menu, "Find a vehicle");
        var found = await _world.SayAsync(Employee, Plate);
        _world.Tap(Employee, found, found.Button("Request access"));
        var ask = await _world.NextAsync(Owner);
        await _world.NextAsync(Employee);
        await _world.TapAsync(Owner, ask, "7 d");
        var granted = await _world.NextAsync(Employee);
        var center = await _world.SayAsync(Employee, "/center");
        var pick = await _world.TapAsync(Employee, center, "Record a visit");

        Assert.Contains("• Toyota &amp; Co Camry 2019", found.Text);
        Assert.Contains(found.Buttons, b => b.Text.Contains("Toyota & Co Camry 2019"));
        Assert.Contains("Toyota &amp; Co Camry 2019", granted.Text);
        Assert.DoesNotContain("&amp;amp;", granted.Text);
        Assert.Contains(pick.Buttons, b => b.Text.StartsWith("Toyota & Co Camry 2019", StringComparison.Ordinal));
    }
}
