using CarPass.Data.Lookup;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.ServiceLoop;

public sealed class LookupBudgetTests : IAsyncLifetime
{
    private const string UnknownPlate = "В777ОР99";
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_unverified_centre_may_search_a_few_vehicles_a_day_until_verification_lifts_the_limit()
    {
        var (center, employee) = await Garage.VerifiedCenterAsync(_db, verified: false);
        var lookup = _db.Get<LookupUseCases>();
        var budget = new LookupLimits().UnverifiedPerCenterPerDay;
        for (var i = 0; i < budget; i++)
            (await lookup.FindAsync(employee.Id, center.Id, UnknownPlate, default)).Ok();

        var refused = await lookup.FindAsync(employee.Id, center.Id, UnknownPlate, default);
        _db.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await lookup.FindAsync(employee.Id, center.Id, UnknownPlate, default);
        var admin = await _db.UserAsync(9999, isOperator: true);
        (await _db.Get<ServiceCenterUseCases>().SetVerificationAsync(admin.Id, center.Id, true, null, default)).Ok();
        var afterVerification = new List<bool>();
        for (var i = 0; i < budget + 1; i++)
            afterVerification.Add((await lookup.FindAsync(employee.Id, center.Id, UnknownPlate, default)).IsSuccess);

        Assert.Equal("lookup_budget_used", refused.Error?.Code);
        Assert.Equal(budget, Assert.Single(refused.Error!.Args));
        Assert.True(nextDay.IsSuccess);
        Assert.All(afterVerification, Assert.True);
    }

    [Fact]
    public async Task The_audit_entry_of_a_search_names_the_vehicles_it_found()
    {
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        var owner = await _db.UserAsync(1);
        var car = (
            await _db.Get<VehicleUseCases>()
                .AddAsync(owner.Id, new VehicleDraft("Camry", "Toyota", "Camry", 2019, null, "А123ВС77", "RU"), default)
        ).Ok();

        (await _db.Get<LookupUseCases>().FindAsync(employee.Id, center.Id, "А123ВС77", default)).Ok();

        var entry = await _db.ScalarAsync(c => c.AuditLog.SingleAsync(a => a.Action == LookupUseCases.Action));
        Assert.Contains(car.Id.ToString(), entry.DataJson);
        Assert.DoesNotContain("А123ВС77", entry.DataJson);
    }

    [Fact]
    public async Task Refused_searches_are_audited_with_their_reason_but_never_the_query()
    {
        var (center, employee) = await Garage.VerifiedCenterAsync(_db, verified: false);
        var lookup = _db.Get<LookupUseCases>();
        var badQuery = await lookup.FindAsync(employee.Id, center.Id, "not a number", default);
        _db.Clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < new LookupLimits().UnverifiedPerCenterPerDay; i++)
            (await lookup.FindAsync(employee.Id, center.Id, UnknownPlate, default)).Ok();
        var overBudget = await lookup.FindAsync(employee.Id, center.Id, UnknownPlate, default);
        var stranger = await _db.UserAsync(4040);
        var before = await _db.CountAllRowsAsync();
        var byStranger = await lookup.FindAsync(stranger.Id, center.Id, UnknownPlate, default);

        var refusals = await _db.ScalarAsync(c =>
            c.AuditLog.Where(a => a.Action == LookupUseCases.RefusedAction).OrderBy(a => a.OccurredAt).ToListAsync()
        );
        Assert.Equal("lookup_query_invalid", badQuery.Error?.Code);
        Assert.Equal("lookup_budget_used", overBudget.Error?.Code);
        Assert.Equal("not_an_employee", byStranger.Error?.Code);
        Assert.Equal(2, refusals.Count);
        Assert.All(
            refusals,
            r => Assert.Equal((employee.Id, center.Id), (r.ActorUserId!.Value, r.ServiceCenterId!.Value))
        );
        Assert.Contains("lookup_query_invalid", refusals[0].DataJson);
        Assert.Contains("lookup_budget_used", refusals[1].DataJson);
        Assert.All(refusals, r => Assert.DoesNotContain("not a number", r.DataJson));
        Assert.All(refusals, r => Assert.DoesNotContain(UnknownPlate, r.DataJson));
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task A_rate_limited_search_is_audited_and_does_not_count_as_a_search()
    {
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        var lookup = _db.Get<LookupUseCases>();
        var limit = new LookupLimits().PerEmployeePerHour;
        for (var i = 0; i < limit; i++)
            (await lookup.FindAsync(employee.Id, center.Id, UnknownPlate, default)).Ok();

        var refused = await lookup.FindAsync(employee.Id, center.Id, UnknownPlate, default);

        Assert.Equal("lookup_rate_limited", refused.Error?.Code);
        Assert.Equal(limit, await _db.ScalarAsync(c => c.AuditLog.CountAsync(a => a.Action == LookupUseCases.Action)));
        var refusal = await _db.ScalarAsync(c => c.AuditLog.SingleAsync(a => a.Action == LookupUseCases.RefusedAction));
        Assert.Contains("lookup_rate_limited", refusal.DataJson);
    }
}
