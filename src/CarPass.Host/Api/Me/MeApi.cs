using CarPass.Data.Timeline;
using CarPass.Domain.Texts;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPass.Host.Api.Me;

/// <summary>The signed-in user: profile, language and badges.</summary>
internal static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me");
        me.MapGet("/", GetMe);
        me.MapGet("/achievements", GetAchievementsAsync);
        return api;
    }

    public static Ok<MeResponse> GetMe(CurrentUser user) =>
        TypedResults.Ok(new MeResponse(user.FirstName, Languages.Code(user.Language)));

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
