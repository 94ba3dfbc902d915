using CarPass.Data.Ocr;
using CarPass.Data.Persistence;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Ocr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Tests.Ocr;

/// <summary>Every photo sent counts before it is read, once per update, in the database.</summary>
public sealed class OcrRateLimiterTests : IAsyncLifetime
{
    private static readonly OcrScanOptions Limit = new() { MaxScans = 3, Window = TimeSpan.FromMinutes(10) };
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static OcrRateLimiter LimiterOf(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<OcrRateLimiter>(
            services.CreateScope().ServiceProvider,
            Options.Create(Limit)
        );

    private OcrRateLimiter Limiter => LimiterOf(_db.Get<IServiceProvider>());

    [Fact]
    public async Task A_person_may_send_up_to_the_limit_then_is_told_how_long_to_wait()
    {
        var owner = await _db.UserAsync(1001);
        for (var update = 1; update <= Limit.MaxScans; update++)
        {
            Assert.Null(await Limiter.CountAsync(owner.Id, update, default));
            _db.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var refused = await Limiter.CountAsync(owner.Id, 4, default);

        Assert.Equal(OcrErrorCodes.RateLimited, refused!.Code);
        Assert.Equal([7], refused.Args);
        Assert.Equal(Limit.MaxScans, await _db.ScalarAsync(c => c.OcrAttempts.CountAsync()));
    }

    [Fact]
    public async Task Attempts_count_even_when_no_scan_is_ever_stored()
    {
        var owner = await _db.UserAsync(1001);
        for (var update = 1; update <= Limit.MaxScans; update++)
            await Limiter.CountAsync(owner.Id, update, default);

        Assert.Equal(0, await _db.ScalarAsync(c => c.OcrScans.CountAsync()));
        Assert.NotNull(await Limiter.CountAsync(owner.Id, 99, default));
    }

    [Fact]
    public async Task The_limit_is_per_person_and_frees_up_as_the_window_moves()
    {
        var owner = await _db.UserAsync(1001);
        var other = await _db.UserAsync(1002);
        for (var update = 1; update <= Limit.MaxScans; update++)
            await Limiter.CountAsync(owner.Id, update, default);

        Assert.NotNull(await Limiter.CountAsync(owner.Id, 10, default));
        Assert.Null(await Limiter.CountAsync(other.Id, 11, default));
        _db.Clock.Advance(Limit.Window);
        Assert.Null(await Limiter.CountAsync(owner.Id, 12, default));
    }

    [Fact]
    public async Task A_redelivered_update_is_let_through_and_counts_once()
    {
        var owner = await _db.UserAsync(1001);
        for (var update = 1; update <= Limit.MaxScans; update++)
            await Limiter.CountAsync(owner.Id, update, default);

        var again = await Limiter.CountAsync(owner.Id, Limit.MaxScans, default);
        var next = await Limiter.CountAsync(owner.Id, Limit.MaxScans + 1, default);

        Assert.Null(again);
        Assert.NotNull(next);
        Assert.Equal(Limit.MaxScans, await _db.ScalarAsync(c => c.OcrAttempts.CountAsync()));
    }

    [SkippableTheory]
    [InlineData(StorageRegistration.Sqlite)]
    [InlineData(StorageRegistration.Postgres)]
    public async Task Two_instances_count_in_the_same_database_and_a_redelivery_to_both_counts_once(string provider)
    {
        if (provider == StorageRegistration.Postgres)
            TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var other = new ServiceCollection()
            .AddSingleton<TimeProvider>(db.Clock)
            .AddCarPassData(provider, db.ConnectionString)
            .BuildServiceProvider();
        var owner = await db.UserAsync(1001);
        var first = LimiterOf(db.Get<IServiceProvider>());
        var second = LimiterOf(other);

        var both = await Task.WhenAll(first.CountAsync(owner.Id, 1, default), second.CountAsync(owner.Id, 1, default));
        Assert.Null(await first.CountAsync(owner.Id, 2, default));
        Assert.Null(await second.CountAsync(owner.Id, 3, default));
        var fourth = await first.CountAsync(owner.Id, 4, default);

        Assert.All(both, Assert.Null);
        Assert.Equal(OcrErrorCodes.RateLimited, fourth!.Code);
        Assert.Equal(3, await db.ScalarAsync(c => c.OcrAttempts.CountAsync()));
    }
}
