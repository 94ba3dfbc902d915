using CarPass.Data.Passports;
using CarPass.Data.Timeline;
using CarPass.Domain.Texts;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPass.Host.Api.Me;

/// <summary>The signed-in user: profile, garage level and badges.</summary>
internal static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me");
        me.MapGet("/", GetMeAsync);
        me.MapGet("/achievements", GetAchievementsAsync);
        return api;
    }

    public static async Task<Ok<MeResponse>> GetMeAsync(
        CurrentUser user,
        PassportReader passports,
        CancellationToken ct
    )
    {
        var texts = new Texts(user.Language);
        var garage = await passports.GarageAsync(user.Id, ct);
        var level = garage.Level;
        return TypedResults.Ok(
            new MeResponse(
                user.FirstName,
                Languages.Code(user.Language),
                new GarageLevelResponse(
                    level.GarageQuality,
                    level.CompleteGarage,
                    level.CompleteGarage ? texts.Get("achievement.complete_garage.title") : null,
                    level.ActiveVehicles,
                    garage.Vehicles.Sum(v => v.ActiveAlerts),
                    level.MonthsWithRecords,
                    level.MonthsConsidered,
                    texts.Get("consistency.summary", level.MonthsWithRecords, level.MonthsConsidered),
                    garage.ComputedAt
                )
            )
        );
    }

    public static async Task<Ok<AchievementsResponse>> GetAchievementsAsync(
        CurrentUser user,
        AchievementReader achievements,
        CancellationToken ct
    )
    {
        var texts = new Texts(user.Language);
        var shelf = await achievements.ReadAsync(user.Id, ct);
        return TypedResults.Ok(
            new AchievementsResponse(
                shelf.Earned.Select(e => Badge(texts, e.Badge, e)).ToList(),
                shelf.Catalogue.Select(c => Badge(texts, c, null)).ToList()
            )
        );
    }

    private static AchievementResponse Badge(Texts texts, BadgeInfo badge, EarnedBadge? earned) =>
        new(
            badge.Code,
            badge.Scope,
            badge.Category,
            texts.Get($"achievement.{badge.Code}.title"),
            texts.Get($"achievement.{badge.Code}.description"),
            earned?.UnlockedAt,
            earned?.VehicleId,
            earned?.ServiceCenterId
        );
}
