using CarPass.Domain.Common;
using CarPass.Domain.Ownership;
using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.Texts;

public sealed class LocalMomentTests
{
    private static readonly DateTime Moment = new(2026, 6, 15, 20, 30, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Vladivostok = LocalMoment.ZoneOf("Asia/Vladivostok");

    [Fact]
    public void Each_language_writes_dates_its_own_way()
    {
        Assert.Equal("15.06.2026 20:30", new LocalMoment(Moment, Language.Ru, TimeZoneInfo.Utc).ToString());
        Assert.Equal("15 Jun 2026, 20:30", new LocalMoment(Moment, Language.En, TimeZoneInfo.Utc).ToString());
        Assert.Equal("15.06.2026", new LocalMoment(Moment, Language.Ru, TimeZoneInfo.Utc).ToString("d", null));
        Assert.Equal("15 Jun 2026", new LocalMoment(Moment, Language.En, TimeZoneInfo.Utc).ToString("d", null));
    }

    [Fact]
    public void A_moment_is_shown_in_the_persons_time_zone_even_when_that_changes_the_day()
    {
        Assert.Equal("16 Jun 2026, 06:30", new LocalMoment(Moment, Language.En, Vladivostok).ToString());
        Assert.Equal("16.06.2026", new LocalMoment(Moment, Language.Ru, Vladivostok).ToString("d", null));
    }

    [Fact]
    public void An_unknown_zone_reads_as_utc()
    {
        Assert.Equal(TimeZoneInfo.Utc, LocalMoment.ZoneOf("Mars/Olympus_Mons"));
        Assert.Equal(TimeZoneInfo.Utc, LocalMoment.ZoneOf(null));
    }

    [Fact]
    public void Texts_show_a_date_argument_in_the_readers_language_and_zone()
    {
        var expired = new DomainError(OwnershipErrorCodes.TransferExpired, Moment);

        var english = TextCatalog.Error(Language.En, Vladivostok, expired);
        var russian = TextCatalog.Error(Language.Ru, Vladivostok, expired);

        Assert.Contains("16 Jun 2026, 06:30", english);
        Assert.Contains("16.06.2026 06:30", russian);
        Assert.DoesNotContain("UTC", english);
    }
}
