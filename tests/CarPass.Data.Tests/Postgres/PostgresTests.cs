using CarPass.Data.Ownership;
using CarPass.Data.Persistence;
using CarPass.Data.Persistence.Postgres;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Visits;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CarPass.Data.Tests.Postgres;

/// <summary>The same model on PostgreSQL, where several instances race for real.</summary>
public sealed class PostgresTests
{
    [Fact]
    public void Both_providers_have_migrations_that_match_the_model()
    {
        using var sqlite = new DesignTimeDbContextFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite migrations are behind the model");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL migrations are behind the model");
        Assert.Equal(
            sqlite.Model.GetEntityTypes().Select(e => e.GetTableName()).Order(),
            postgres.Model.GetEntityTypes().Select(e => e.GetTableName()).Order()
        );
    }

    [SkippableFact]
    public async Task Migrations_apply_and_the_write_path_works_on_postgres()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);

        var (owner, car) = await Garage.OwnerWithCarAsync(db);

        var score = await db.ScalarAsync(c => c.VehicleScores.SingleAsync(s => s.VehicleId == car.Id));
        Assert.Equal(30, score.CompletenessScore);
        Assert.Equal(DateTimeKind.Utc, score.ComputedAt.Kind);
        Assert.Equal(owner.Id, await db.ScalarAsync(c => c.VehicleAccessGrants.Select(g => g.UserId).SingleAsync()));
    }

    [SkippableTheory]
    [InlineData("UPDATE audit_log SET action = 'rewritten'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    [InlineData("TRUNCATE audit_log CASCADE")]
    [InlineData("TRUNCATE engagement_events, audit_log")]
    public async Task The_audit_log_is_append_only_on_postgres_too(string sql)
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);
        await Garage.OwnerWithCarAsync(db);
        var before = await db.ScalarAsync(c => c.AuditLog.CountAsync());
        await using var context = db.NewContext();

        var error = await Assert.ThrowsAsync<PostgresException>(() => context.Database.ExecuteSqlRawAsync(sql));

        Assert.Contains("append-only", error.MessageText);
        Assert.True(before > 0);
        Assert.Equal(before, await db.ScalarAsync(c => c.AuditLog.CountAsync(a => a.Action != "rewritten")));
    }

    [SkippableFact]
    public async Task Racing_confirm_dispute_and_not_mine_have_one_winner_on_postgres()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);
        var (owner, car) = await Garage.OwnerWithCarAsync(db);
        var (center, employee) = await Garage.VerifiedCenterAsync(db);
        (await db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 30, default)).Ok();

        for (var round = 0; round < 10; round++)
        {
            var draft = new VisitDraft(TestDatabase.Start.AddDays(-40 + round * 3), $"Work {round}");
            var visit = (
                await db.Get<VisitUseCases>().CreateAsync(employee.Id, center.Id, car.Id, draft, default)
            ).Ok();
            var results = await Task.WhenAll(
                Task.Run(async () =>
                    (await db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)).IsSuccess
                ),
                Task.Run(async () =>
                    (await db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)).IsSuccess
                ),
                Task.Run(async () =>
                    (await db.Get<VisitDecisionUseCases>().DisputeAsync(owner.Id, visit.Id, "no", default)).IsSuccess
                ),
                Task.Run(async () =>
                    (await db.Get<VisitDecisionUseCases>().RejectAsync(owner.Id, visit.Id, default)).IsSuccess
                )
            );

            Assert.Equal(1, results.Count(ok => ok));
            Assert.Equal(
                1,
                await db.ScalarAsync(c =>
                    c.AuditLog.CountAsync(a => a.EntityId == visit.Id && a.Action != "visit.created")
                )
            );
        }
    }

    [SkippableFact]
    public async Task A_one_time_code_is_spent_once_even_when_accepted_at_the_same_moment()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);
        var (center, manager) = await Garage.VerifiedCenterAsync(db);
        var (seller, car) = await Garage.OwnerWithCarAsync(db, 10);
        var people = new List<Users.User>();
        for (var i = 0; i < 6; i++)
            people.Add(await db.UserAsync(500 + i));

        var invite = (await db.Get<TeamUseCases>().InviteAsync(manager.Id, center.Id, default)).Ok();
        var joins = await Task.WhenAll(
            people.Select(p => Task.Run(() => db.Get<TeamUseCases>().AcceptAsync(p.Id, invite.Code, default)))
        );
        var offer = (await db.Get<OwnershipUseCases>().OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;
        var buys = await Task.WhenAll(
            people.Select(p => Task.Run(() => db.Get<OwnershipUseCases>().AcceptAsync(p.Id, offer.Code, default)))
        );

        Assert.Equal(1, joins.Count(j => j.IsSuccess));
        Assert.All(joins.Where(j => !j.IsSuccess), j => Assert.Equal("invite_invalid", j.Error!.Code));
        Assert.Equal(1, buys.Count(b => b.IsSuccess));
        Assert.Equal(
            1,
            await db.ScalarAsync(c =>
                c.VehicleAccessGrants.CountAsync(g => g.VehicleId == car.Id && g.RevokedAt == null)
            )
        );
    }
}
