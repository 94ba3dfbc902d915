using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.ServiceLoop;

public sealed class DecisionAudienceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_switched_off_employee_no_longer_hears_decisions_and_the_active_managers_do()
    {
        var (center, manager) = await Garage.VerifiedCenterAsync(_db);
        var team = _db.Get<TeamUseCases>();
        var staff = await Garage.StaffAsync(_db, center, manager);
        var audience = _db.Get<RecipientReader>();

        var whileActive = await audience.AudienceAsync(center.Id, staff.Id, default);
        var employee = await _db.ScalarAsync(c => c.Employees.SingleAsync(e => e.UserId == staff.Id));
        (await team.SetActiveAsync(manager.Id, employee.Id, false, default)).Ok();
        var afterSwitchedOff = await audience.AudienceAsync(center.Id, staff.Id, default);
        var stranger = await _db.UserAsync(77);
        var notOfThisCentre = await audience.AudienceAsync(center.Id, stranger.Id, default);

        Assert.Equal([staff.Id], whileActive.Select(u => u.Id));
        Assert.Equal([manager.Id], afterSwitchedOff.Select(u => u.Id));
        Assert.Equal([manager.Id], notOfThisCentre.Select(u => u.Id));
    }
}
