using CarPass.Data.Ocr;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Ocr;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Tests.Ocr;

public sealed class OcrRateLimiterTests : IAsyncLifetime
{
    private static readonly OcrScanOptions Limit = new() { MaxScans = 3, Window = TimeSpan.FromMinutes(10) };
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private OcrRateLimiter Limiter =>
        ActivatorUtilities.CreateInstance<OcrRateLimiter>(_db.Get<IServiceProvider>(), Options.Create(Limit));

    private OcrUseCases Scans => ActivatorUtilities.CreateInstance<OcrUseCases>(_db.Get<IServiceProvider>());

    [Fact]
    public async Task A_person_may_scan_up_to_the_limit_then_is_told_how_long_to_wait()
    {
        var owner = await _db.UserAsync(1001);
        for (var i = 0; i < Limit.MaxScans; i++)
        {
            Assert.Null(await Limiter.CheckAsync(owner.Id, default));
            await Scans.RecordAsync(owner.Id, OcrKind.Vin, null, [], default);
            _db.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var refused = await Limiter.CheckAsync(owner.Id, default);

        Assert.Equal(OcrErrorCodes.RateLimited, refused!.Code);
        Assert.Equal([7], refused.Args);
    }

    [Fact]
    public async Task The_limit_is_per_person_and_frees_up_as_the_window_moves()
    {
        var owner = await _db.UserAsync(1001);
        var other = await _db.UserAsync(1002);
        for (var i = 0; i < Limit.MaxScans; i++)
            await Scans.RecordAsync(owner.Id, OcrKind.Vin, null, [], default);

        Assert.NotNull(await Limiter.CheckAsync(owner.Id, default));
        Assert.Null(await Limiter.CheckAsync(other.Id, default));
        _db.Clock.Advance(Limit.Window);
        Assert.Null(await Limiter.CheckAsync(owner.Id, default));
    }
}
