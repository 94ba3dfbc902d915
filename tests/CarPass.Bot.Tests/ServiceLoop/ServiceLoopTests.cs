using CarPass.Bot.Tests.Support;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

public sealed class ServiceLoopTests : IAsyncLifetime
{
    private BotWorld _world = null!;
    private Guid _car;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        _car = await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task From_registration_to_verified_history_through_the_chat()
    {
        Assert.Equal(
            VerificationStatus.Verified,
            await _world.DbAsync(db => db.ServiceCenters.Select(c => c.Verification).SingleAsync())
        );
        Assert.Equal(2, await _world.DbAsync(db => db.Employees.CountAsync(e => e.IsActive)));
        await GrantedAccessAsync(_world);

        var ask = await RecordVisitAsync(_world, "Oil and filter change", 50_600);
        var confirmed = await _world.TapAsync(Owner, ask, "Confirm");
        var told = await _world.NextAsync(Employee);

        Assert.Contains("Oil and filter change", ask.Text);
        Assert.Contains("<b>Motor &amp; Sons</b>, Kazan · Trust: too few visits yet", ask.Text);
        Assert.Contains("verified history", confirmed.Text);
        Assert.Contains("confirmed your visit", told.Text);
        var score = await _world.DbAsync(db => db.VehicleScores.SingleAsync(s => s.VehicleId == _car));
        Assert.Equal(VerifiedHistoryStatus.Verified, score.VerifiedHistoryStatus);
        Assert.Equal(50_600, await _world.DbAsync(db => db.Vehicles.Select(v => v.CurrentOdometerKm).SingleAsync()));
        var unlocked = await _world.DbAsync(db =>
            (
                from u in db.UserAchievements
                join a in db.Achievements on u.AchievementId equals a.Id
                where u.VehicleId == _car
                select a.Code
            ).ToListAsync()
        );
        Assert.Contains("first_verified_service", unlocked);
    }

    [Fact]
    public async Task Search_results_are_masked_and_never_name_the_owner()
    {
        var menu = await _world.SayAsync(Employee, "/center");
        await _world.TapAsync(Employee, menu, "Find a vehicle");

        var found = await _world.SayAsync(Employee, Plate);

        Assert.Contains("А***ВС77", found.Text);
        Assert.DoesNotContain(Plate, found.Text);
        Assert.DoesNotContain("Person1001", found.Text);
        Assert.Equal(1, await _world.DbAsync(db => db.AuditLog.CountAsync(a => a.Action == "vehicle.lookup")));
    }

    [Fact]
    public async Task A_forged_confirm_from_a_stranger_changes_nothing()
    {
        await GrantedAccessAsync(_world);
        var ask = await RecordVisitAsync(_world, "Brake pads", 50_700);
        await _world.SayAsync(4040, "/start");

        var forged = await _world.TapAsync(4040, ask, "Confirm");

        Assert.Contains("not found", forged.Text);
        Assert.Equal(
            VisitStatus.PendingConfirmation,
            await _world.DbAsync(db => db.ServiceVisits.Select(v => v.Status).SingleAsync())
        );
    }

    [Fact]
    public async Task A_dispute_goes_to_the_centre_and_the_operator_and_is_resolved_for_the_owner()
    {
        await GrantedAccessAsync(_world);
        var ask = await RecordVisitAsync(_world, "Timing belt", 50_700);

        await _world.TapAsync(Owner, ask, "Dispute");
        await _world.SayAsync(Owner, "I was not there that day");
        var toManager = await _world.NextAsync(Manager);
        await _world.NextAsync(Operator);
        await _world.TapAsync(Manager, toManager, "Answer");
        await _world.SayAsync(Manager, "We will check the records");
        await _world.NextAsync(Owner);
        var toOperator = await _world.NextAsync(Operator);
        var resolved = await _world.TapAsync(Operator, toOperator, "Owner is right");

        Assert.Contains("I was not there", toManager.Text);
        Assert.Contains("We will check", toOperator.Text);
        Assert.Contains("resolved for the owner", resolved.Text);
        Assert.Equal(
            VisitStatus.Rejected,
            await _world.DbAsync(db => db.ServiceVisits.Select(v => v.Status).SingleAsync())
        );
        Assert.Equal(
            "ResolvedForOwner",
            await _world.DbAsync(db => db.Disputes.Select(d => d.Status.ToString()).SingleAsync())
        );
    }

    [Fact]
    public async Task A_revoked_grant_closes_the_vehicle_to_the_centre_at_once()
    {
        await GrantedAccessAsync(_world);
        var list = await _world.SayAsync(Owner, "/access");

        await _world.TapAsync(Owner, list, "Revoke");
        var menu = await _world.SayAsync(Employee, "/center");
        var pick = await _world.TapAsync(Employee, menu, "Record a visit");

        Assert.DoesNotContain(pick.Buttons, b => b.Text.Contains("Toyota"));
    }

    [Fact]
    public async Task A_proposed_vin_changes_nothing_until_the_owner_approves()
    {
        await GrantedAccessAsync(_world);
        var menu = await _world.SayAsync(Employee, "/center");
        var vehicle = await _world.TapAsync(Employee, menu, "Propose a correction");
        var field = await _world.TapAsync(Employee, vehicle, "Toyota");
        await _world.TapAsync(Employee, field, "VIN");
        await _world.SayAsync(Employee, "JTNB11HK003079841");
        var ask = await _world.NextAsync(Owner);
        Assert.Null(await _world.DbAsync(db => db.Vehicles.Select(v => v.Vin).SingleAsync()));

        await _world.TapAsync(Owner, ask, "Approve");

        Assert.Equal("JTNB11HK003079841", await _world.DbAsync(db => db.Vehicles.Select(v => v.Vin).SingleAsync()));
    }

    [Fact]
    public async Task Selling_the_car_moves_the_passport_and_ends_the_sellers_access()
    {
        var passport = await _world.SayAsync(Owner, "/passport");
        var offer = await _world.TapAsync(Owner, passport, "Transfer ownership");
        var code = offer.Text[(offer.Text.IndexOf("start=own_", StringComparison.Ordinal) + "start=".Length)..].Trim();

        var preview = await _world.SayAsync(5050, $"/start {code}");
        var accepted = await _world.TapAsync(5050, preview, "Accept");
        await _world.NextAsync(Owner);
        var sellerGarage = await _world.SayAsync(Owner, "/garage");
        var again = await _world.SayAsync(6060, $"/start {code}");

        Assert.Contains("Camry", accepted.Text);
        Assert.Contains("empty", sellerGarage.Text);
        Assert.Contains("already been used", again.Text);
        var buyer = await UserAsync(_world, 5050);
        Assert.Equal(
            buyer.Id,
            await _world.DbAsync(db =>
                db.VehicleAccessGrants.Where(g => g.RevokedAt == null && g.Role == Data.Access.AccessRole.Owner)
                    .Select(g => g.UserId)
                    .SingleAsync()
            )
        );
    }

    [Fact]
    public async Task Not_mine_then_hide_keeps_the_record_and_its_trail()
    {
        await GrantedAccessAsync(_world);
        var ask = await RecordVisitAsync(_world, "Wheel alignment", 50_700);

        var rejected = await _world.TapAsync(Owner, ask, "Not mine");
        await _world.NextAsync(Employee);
        var hidden = await _world.TapAsync(Owner, rejected, "Hide");

        Assert.Contains("Hidden", hidden.Text);
        var visit = await _world.DbAsync(db => db.ServiceVisits.SingleAsync());
        Assert.Equal(VisitStatus.Rejected, visit.Status);
        Assert.NotNull(visit.HiddenAt);
        var trail = await _world.DbAsync(db =>
            db.AuditLog.Where(a => a.EntityType == "ServiceVisit")
                .OrderBy(a => a.OccurredAt)
                .Select(a => a.Action)
                .ToListAsync()
        );
        Assert.Equal(["visit.created", "visit.rejected", "visit.hidden"], trail);
    }
}
