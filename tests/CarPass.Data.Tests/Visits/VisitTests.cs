using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Visits;

public sealed class VisitTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_confirmed_visit_becomes_trusted_history_with_a_trusted_reading_and_recomputed_trust()
    {
        var (owner, car, center, employee) = await CarWithCenterAccessAsync();
        var visit = (
            await _db.Get<VisitUseCases>().CreateAsync(employee.Id, center.Id, car.Id, Draft(50_600), default)
        ).Ok();
        Assert.Equal(VerifiedHistoryStatus.SelfReported, await HistoryStatusAsync(car.Id));

        (await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)).Ok();

        var stored = await _db.ScalarAsync(c => c.ServiceVisits.SingleAsync());
        var reading = await _db.ScalarAsync(c => c.OdometerReadings.SingleAsync(r => r.ServiceVisitId == visit.Id));
        var trust = await _db.ScalarAsync(c => c.ServiceCenterScores.SingleAsync(s => s.ServiceCenterId == center.Id));
        Assert.Equal((VisitStatus.Confirmed, owner.Id), (stored.Status, stored.ConfirmedByUserId!.Value));
        Assert.Equal((OdometerSource.Service, true, 50_600), (reading.Source, reading.IsTrusted, reading.ValueKm));
        Assert.Equal(VerifiedHistoryStatus.Verified, await HistoryStatusAsync(car.Id));
        Assert.Equal(1, trust.ConfirmedVisitsCount);
        Assert.Equal(1, await UnlockCountAsync("first_verified_service"));
    }

    [Fact]
    public async Task Confirming_twice_gives_one_outcome_one_audit_entry_and_one_unlock()
    {
        var (owner, car, center, employee) = await CarWithCenterAccessAsync();
        var visit = (
            await _db.Get<VisitUseCases>().CreateAsync(employee.Id, center.Id, car.Id, Draft(50_600), default)
        ).Ok();

        (await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)).Ok();
        var again = await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default);

        Assert.Equal("visit_already_decided", again.Error?.Code);
        Assert.Equal(1, await _db.ScalarAsync(c => c.AuditLog.CountAsync(a => a.Action == "visit.confirmed")));
        Assert.Equal(1, await UnlockCountAsync("first_verified_service"));
    }

    [Fact]
    public async Task Simultaneous_confirmations_of_one_visit_have_exactly_one_winner()
    {
        var (owner, car, center, employee) = await CarWithCenterAccessAsync();
        var visit = (
            await _db.Get<VisitUseCases>().CreateAsync(employee.Id, center.Id, car.Id, Draft(50_600), default)
        ).Ok();

        var outcomes = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(_ => Task.Run(() => _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)))
        );

        Assert.Equal(1, outcomes.Count(o => o.IsSuccess));
        Assert.All(outcomes.Where(o => !o.IsSuccess), o => Assert.Equal("visit_already_decided", o.Error!.Code));
        Assert.Equal(1, await _db.ScalarAsync(c => c.AuditLog.CountAsync(a => a.Action == "visit.confirmed")));
        Assert.Equal(1, await _db.ScalarAsync(c => c.OdometerReadings.CountAsync(r => r.ServiceVisitId == visit.Id)));
        Assert.Equal(1, await UnlockCountAsync("first_verified_service"));
    }

    [Fact]
    public async Task A_visit_from_an_unverified_centre_is_confirmed_but_not_trusted()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (center, employee) = await Garage.VerifiedCenterAsync(_db, verified: false);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 7, default)).Ok();
        var visit = (
            await _db.Get<VisitUseCases>().CreateAsync(employee.Id, center.Id, car.Id, Draft(50_600), default)
        ).Ok();

        (await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)).Ok();

        var score = await _db.ScalarAsync(c => c.VehicleScores.SingleAsync(s => s.VehicleId == car.Id));
        Assert.Equal((0, 1), (score.TrustedRecords, score.TotalRecords));
        Assert.Equal(0, await UnlockCountAsync("first_verified_service"));
    }

    [Fact]
    public async Task Only_the_owner_can_confirm_and_a_stranger_sees_no_such_visit()
    {
        var (_, car, center, employee) = await CarWithCenterAccessAsync();
        var visit = (
            await _db.Get<VisitUseCases>().CreateAsync(employee.Id, center.Id, car.Id, Draft(50_600), default)
        ).Ok();
        var stranger = await _db.UserAsync(777);

        var byStranger = await _db.Get<VisitUseCases>().ConfirmAsync(stranger.Id, visit.Id, default);
        var byEmployee = await _db.Get<VisitUseCases>().ConfirmAsync(employee.Id, visit.Id, default);

        Assert.Equal("visit_not_found", byStranger.Error?.Code);
        Assert.Equal("visit_not_found", byEmployee.Error?.Code);
        Assert.Equal(
            VisitStatus.PendingConfirmation,
            await _db.ScalarAsync(c => c.ServiceVisits.Select(v => v.Status).SingleAsync())
        );
    }

    [Fact]
    public async Task A_centre_without_a_live_grant_cannot_record_a_visit()
    {
        var (_, car, center, employee) = await CarWithCenterAccessAsync(days: 1);
        _db.Clock.Advance(TimeSpan.FromDays(1));

        var outcome = await _db.Get<VisitUseCases>()
            .CreateAsync(employee.Id, center.Id, car.Id, Draft(50_600), default);

        Assert.Equal("vehicle_not_found", outcome.Error?.Code);
        Assert.Equal(0, await _db.ScalarAsync(c => c.ServiceVisits.CountAsync()));
    }

    [Fact]
    public async Task An_employee_of_another_centre_cannot_record_a_visit_for_this_one()
    {
        var (_, car, center, _) = await CarWithCenterAccessAsync();
        var (_, outsider) = await Garage.VerifiedCenterAsync(_db, employeeTelegramId: 3001);

        var outcome = await _db.Get<VisitUseCases>()
            .CreateAsync(outsider.Id, center.Id, car.Id, Draft(50_600), default);

        Assert.Equal("not_an_employee", outcome.Error?.Code);
    }

    [Fact]
    public async Task A_centre_may_record_past_work_but_not_an_implausible_jump_ahead()
    {
        var (_, car, center, employee) = await CarWithCenterAccessAsync();
        var visits = _db.Get<VisitUseCases>();

        var past = await visits.CreateAsync(
            employee.Id,
            center.Id,
            car.Id,
            Draft(41_000) with
            {
                VisitDate = TestDatabase.Start.AddYears(-1),
            },
            default
        );
        var typo = await visits.CreateAsync(employee.Id, center.Id, car.Id, Draft(500_000), default);

        Assert.True(past.IsSuccess, past.Error?.ToString());
        Assert.Equal("odometer_implausible_jump", typo.Error?.Code);
    }

    private static VisitDraft Draft(int km) =>
        new(TestDatabase.Start, "Oil and filter change", km, "5W-30 4.5 l", 650_000, "RUB");

    private async Task<(User Owner, Vehicle Car, ServiceCenter Center, User Employee)> CarWithCenterAccessAsync(
        int days = 7
    )
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, days, default)).Ok();
        return (owner, car, center, employee);
    }

    private Task<VerifiedHistoryStatus> HistoryStatusAsync(Guid vehicleId) =>
        _db.ScalarAsync(c =>
            c.VehicleScores.Where(s => s.VehicleId == vehicleId).Select(s => s.VerifiedHistoryStatus).SingleAsync()
        );

    private Task<int> UnlockCountAsync(string code) =>
        _db.ScalarAsync(c =>
            (
                from u in c.UserAchievements
                join a in c.Achievements on u.AchievementId equals a.Id
                where a.Code == code
                select u
            ).CountAsync()
        );
}
