using CarPass.Data.Access;
using CarPass.Data.CenterReview;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Postgres;

/// <summary>The service loop's "only one" rules where instances race for real.</summary>
public sealed class ServiceLoopRaceTests
{
    [SkippableFact]
    public async Task Two_employees_asking_for_one_vehicle_at_the_same_moment_open_one_request_on_postgres()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);
        var (_, car) = await Garage.OwnerWithCarAsync(db);
        var (center, manager) = await Garage.VerifiedCenterAsync(db);
        var staff = await Garage.StaffAsync(db, center, manager);

        for (var round = 0; round < 5; round++)
        {
            var askers = new[] { manager.Id, staff.Id, manager.Id, staff.Id };
            var outcomes = await Task.WhenAll(
                askers.Select(who =>
                    Task.Run(() => db.Get<AccessUseCases>().RequestAsync(who, center.Id, car.Id, default))
                )
            );

            Assert.Single(outcomes, o => o.IsSuccess);
            Assert.All(outcomes.Where(o => !o.IsSuccess), o => Assert.Equal("access_request_open", o.Error?.Code));
            var open = await db.ScalarAsync(c => c.AccessRequests.SingleAsync(r => r.Status == RequestStatus.Pending));
            await using var context = db.NewContext();
            await context
                .AccessRequests.Where(r => r.Id == open.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RequestStatus.Approved));
        }
    }

    [SkippableFact]
    public async Task Two_senders_claiming_at_the_same_moment_send_one_notice_on_postgres()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);
        await db.UserAsync(3001, isOperator: true);
        var user = await db.UserAsync(2001);
        (
            await db.Get<ServiceCenterUseCases>()
                .RegisterAsync(user.Id, new ServiceCenterDraft("First", "Kazan"), default)
        ).Ok();

        var claims = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(_ => Task.Run(() => db.Get<ReviewNotices>().ClaimDueAsync([3001], default)))
        );

        Assert.Equal(1, claims.Sum(c => c.Count));
    }
}
