using CarPass.Data.Lookup;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.ServiceLoop;

public sealed class TeamAndLookupTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_invitation_works_once_and_not_after_it_expires()
    {
        var (center, manager) = await Garage.VerifiedCenterAsync(_db);
        var team = _db.Get<TeamUseCases>();
        var invite = (await team.InviteAsync(manager.Id, center.Id, default)).Ok();
        var (first, second) = (await _db.UserAsync(11), await _db.UserAsync(12));

        var joined = await team.AcceptAsync(first.Id, invite.Code, default);
        var reused = await team.AcceptAsync(second.Id, invite.Code, default);
        var late = (await team.InviteAsync(manager.Id, center.Id, default)).Ok();
        _db.Clock.Advance(TeamUseCases.InviteLifetime);
        var expired = await team.AcceptAsync(second.Id, late.Code, default);

        Assert.True(joined.IsSuccess);
        Assert.Equal("invite_invalid", reused.Error?.Code);
        Assert.Equal("invite_invalid", expired.Error?.Code);
        Assert.Equal(2, await _db.ScalarAsync(c => c.Employees.CountAsync(e => e.ServiceCenterId == center.Id)));
    }

    [Fact]
    public async Task Only_the_manager_invites_and_a_disabled_employee_can_do_nothing()
    {
        var (center, manager) = await Garage.VerifiedCenterAsync(_db);
        var team = _db.Get<TeamUseCases>();
        var staff = await Garage.StaffAsync(_db, center, manager);
        var employee = await _db.ScalarAsync(c => c.Employees.SingleAsync(e => e.UserId == staff.Id));
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 7, default)).Ok();

        var staffInvites = await team.InviteAsync(staff.Id, center.Id, default);
        (await team.SetActiveAsync(manager.Id, employee.Id, false, default)).Ok();
        var lookup = await _db.Get<LookupUseCases>().FindAsync(staff.Id, center.Id, "А123ВС77", default);
        var visit = await _db.Get<VisitUseCases>()
            .CreateAsync(staff.Id, center.Id, car.Id, new VisitDraft(TestDatabase.Start, "Oil"), default);
        var managerOff = await team.SetActiveAsync(
            manager.Id,
            (await _db.ScalarAsync(c => c.Employees.SingleAsync(e => e.UserId == manager.Id))).Id,
            false,
            default
        );

        Assert.Equal("manager_only", staffInvites.Error?.Code);
        Assert.Equal("not_an_employee", lookup.Error?.Code);
        Assert.Equal("not_an_employee", visit.Error?.Code);
        Assert.Equal("cannot_disable_self", managerOff.Error?.Code);
    }

    [Fact]
    public async Task A_lookup_returns_only_masked_minimal_identity_and_is_audited()
    {
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        var owner = await _db.UserAsync(1);
        (
            await _db.Get<VehicleUseCases>()
                .AddAsync(
                    owner.Id,
                    new VehicleDraft("My Camry", "Toyota", "Camry", 2019, Garage.ValidVin, "А123ВС77", "RU"),
                    default
                )
        ).Ok();

        var byPlate = (await _db.Get<LookupUseCases>().FindAsync(employee.Id, center.Id, "a 123 bc 77", default)).Ok();
        var byVin = (
            await _db.Get<LookupUseCases>()
                .FindAsync(employee.Id, center.Id, Garage.ValidVin.ToLowerInvariant(), default)
        ).Ok();
        var none = (await _db.Get<LookupUseCases>().FindAsync(employee.Id, center.Id, "В777ОР99", default)).Ok();

        var found = Assert.Single(byPlate);
        Assert.Equal(("Toyota", "Camry", 2019), (found.Make!, found.Model!, found.Year!.Value));
        Assert.Equal("JTN…9841", found.MaskedVin);
        Assert.Equal("А***ВС77", found.MaskedPlate);
        Assert.Equal(found, Assert.Single(byVin));
        Assert.Empty(none);
        Assert.Equal(
            3,
            await _db.ScalarAsync(c =>
                c.AuditLog.CountAsync(a => a.Action == LookupUseCases.Action && a.ActorUserId == employee.Id)
            )
        );
    }

    [Fact]
    public async Task Lookups_are_limited_per_employee_per_hour()
    {
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        var lookup = _db.Get<LookupUseCases>();
        for (var i = 0; i < new LookupLimits().PerEmployeePerHour; i++)
            (await lookup.FindAsync(employee.Id, center.Id, "В777ОР99", default)).Ok();

        var refused = await lookup.FindAsync(employee.Id, center.Id, "В777ОР99", default);
        _db.Clock.Advance(TimeSpan.FromHours(1));
        var later = await lookup.FindAsync(employee.Id, center.Id, "В777ОР99", default);

        Assert.Equal("lookup_rate_limited", refused.Error?.Code);
        Assert.True(later.IsSuccess);
    }

    [Fact]
    public async Task An_unusual_daily_volume_is_flagged_once_and_weighs_on_the_centres_trust()
    {
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        var lookup = _db.Get<LookupUseCases>();
        var before = await _db.ScalarAsync(c =>
            c.ServiceCenterScores.Where(s => s.ServiceCenterId == center.Id).Select(s => s.TrustScore).SingleAsync()
        );
        for (var hour = 0; hour < 3; hour++)
        {
            for (var i = 0; i < 25; i++)
                (await lookup.FindAsync(employee.Id, center.Id, "В777ОР99", default)).Ok();
            _db.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(
            1,
            await _db.ScalarAsync(c =>
                c.AuditLog.CountAsync(a => a.Action == ServiceCenterHygiene.SuspiciousLookupAction)
            )
        );
        var after = await _db.ScalarAsync(c =>
            c.ServiceCenterScores.Where(s => s.ServiceCenterId == center.Id).Select(s => s.TrustScore).SingleAsync()
        );
        Assert.True(after < before, $"trust {before} -> {after}");
    }
}
