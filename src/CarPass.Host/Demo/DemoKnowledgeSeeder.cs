using CarPass.Data.Documents;
using CarPass.Data.Notifications;
using CarPass.Data.Tyres;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;

namespace CarPass.Host.Demo;

/// <summary>
/// The demo cars' documents and tyre sets, written through the use cases of the bot's /documents
/// and /tyres. Dates are relative to the owner's calendar day (their time zone, as documents are
/// valid through their last day there), so the demo reads the same whatever day it is seeded.
/// </summary>
internal sealed class DemoKnowledgeSeeder(DocumentUseCases documents, TyreUseCases tyres, TimeProvider clock)
{
    public const string TyreSize = "215/55 R17";

    /// <summary>Days the Camry's inspection has left: inside the 30-day window, so it shows "expiring soon".</summary>
    public const int InspectionDaysLeft = 20;

    /// <summary>Days ago the Vesta's OSAGO policy lapsed.</summary>
    public const int VestaOsagoLapsedDaysAgo = 4;

    /// <summary>About what the Camry covers in a day (its fill-ups), to put a mileage on each tyre change.</summary>
    private const int CamryKmPerDay = 95;

    private DateTime TodayOf(User owner) =>
        LocalDate.Of(clock.GetUtcNow().UtcDateTime, OwnerSettingsMap.Zone(owner.TimeZone));

    /// <summary>
    /// The Camry: an OSAGO policy valid for months more, an inspection that runs out in
    /// <see cref="InspectionDaysLeft"/> days, and a summer and a winter set, the one the season calls
    /// for fitted.
    /// </summary>
    public async Task SeedWellKeptCarAsync(User owner, Guid carId, int odometerKm, CancellationToken ct)
    {
        var today = TodayOf(owner);
        await AddOsagoAsync(owner.Id, carId, "ХХХ 0274519368", today.AddDays(-150), ct);
        // A private car 4 to 10 years old is inspected every two years.
        var inspectionUntil = today.AddDays(InspectionDaysLeft);
        DemoSeeder.Must(
            await documents.AddAsync(
                owner.Id,
                carId,
                new DocumentDraft(
                    DocumentKind.Inspection,
                    "078490012403418",
                    inspectionUntil,
                    inspectionUntil.AddYears(-2).AddDays(1)
                ),
                ct
            )
        );

        var (current, previous) = TyreChanges(today);
        foreach (var (season, day) in new[] { previous, current })
        {
            var km = odometerKm - (today - day).Days * CamryKmPerDay;
            DemoSeeder.Must(
                await tyres.AddAsync(
                    owner.Id,
                    carId,
                    new TyreDraft(season, TyreSize, season == TyreSeason.Winter, day, km / 100 * 100),
                    ct
                )
            );
        }
    }

    /// <summary>The Vesta: its OSAGO policy lapsed <see cref="VestaOsagoLapsedDaysAgo"/> days ago.</summary>
    public Task SeedNeglectedCarAsync(User owner, Guid carId, CancellationToken ct) =>
        AddOsagoAsync(
            owner.Id,
            carId,
            "ХХХ 0139864207",
            TodayOf(owner).AddDays(-VestaOsagoLapsedDaysAgo).AddYears(-1).AddDays(1),
            ct
        );

    /// <summary>
    /// The last two tyre changes before the day: the set of the season due now (by the reminder's
    /// own rule; March, which asks nothing, still counts as winter) went on at that season's switch,
    /// mid-October or mid-April, taking off the other season's set, which went on at the switch before.
    /// </summary>
    public static ((TyreSeason Season, DateTime Day) Current, (TyreSeason Season, DateTime Day) Previous) TyreChanges(
        DateTime today
    )
    {
        var (season, year) = TyreNudges.Due(today, null) ?? (TyreSeason.Winter, today.Year - 1);
        var fitted = Switch(season, year);
        var previous =
            season == TyreSeason.Winter
                ? (TyreSeason.Summer, Switch(TyreSeason.Summer, year))
                : (TyreSeason.Winter, Switch(TyreSeason.Winter, year - 1));
        return ((season, fitted < today ? fitted : today), previous);
    }

    private static DateTime Switch(TyreSeason season, int year) =>
        season == TyreSeason.Winter
            ? new DateTime(year, TyreNudges.WinterFromMonth, 12, 0, 0, 0, DateTimeKind.Utc)
            : new DateTime(year, TyreNudges.SummerFromMonth, 15, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A one-year OSAGO policy from its first day.</summary>
    private async Task AddOsagoAsync(Guid ownerId, Guid carId, string number, DateTime from, CancellationToken ct) =>
        DemoSeeder.Must(
            await documents.AddAsync(
                ownerId,
                carId,
                new DocumentDraft(DocumentKind.Osago, number, from.AddYears(1).AddDays(-1), from),
                ct
            )
        );
}
