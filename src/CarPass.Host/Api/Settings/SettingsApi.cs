using System.Text.Json;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using CarPass.Domain.Texts;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CarPass.Host.Api.Settings;

/// <summary>
/// The bot's /settings in the Mini App, through the same use cases: language, time zone, quiet hours,
/// notification switches and centre mutes. A bad value is a 400 problem in the user's language and
/// changes nothing.
/// </summary>
internal static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/me/settings");
        settings.MapGet("/", GetAsync);
        settings.MapPut("/", PutAsync);
        settings.MapDelete("/muted-centers/{service_center_id:guid}", UnmuteAsync);
        return api;
    }

    public static async Task<Results<Ok<SettingsResponse>, NotFound>> GetAsync(
        CurrentUser user,
        UserSettingsReader reader,
        CancellationToken ct
    ) =>
        await reader.ReadAsync(user.Id, ct) is { } found ? TypedResults.Ok(ToResponse(found)) : TypedResults.NotFound();

    public static async Task<Results<Ok<SettingsResponse>, NotFound, ProblemHttpResult>> PutAsync(
        HttpRequest request,
        CurrentUser user,
        UserUseCases users,
        UserSettingsReader reader,
        IOptions<JsonOptions> json,
        CancellationToken ct
    )
    {
        var texts = new Texts(user.Language);
        SettingsRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<SettingsRequest>(json.Value.SerializerOptions, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            body = null;
        }
        if (body is null)
            return Problems.BadRequest("settings_invalid", texts.Get("miniapp.settings.body_invalid"));
        if (await reader.ReadAsync(user.Id, ct) is not { } current)
            return TypedResults.NotFound();

        var language = body.Language is null ? (Language?)null : ParseLanguage(body.Language);
        if (body.Language is not null && language is null)
            return Problems.BadRequest("language_invalid", texts.Get("miniapp.settings.language_invalid"));
        if (body.TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(body.TimeZone.Trim(), out _))
            return Problems.BadRequest(ErrorCodes.TimeZoneUnknown, Error(user, ErrorCodes.TimeZoneUnknown));
        var preferences = Preferences(current.User.Notifications, body);
        if (preferences.QuietHoursStart is < 0 or > 23 || preferences.QuietHoursEnd is < 0 or > 23)
            return Problems.BadRequest(ErrorCodes.QuietHoursInvalid, Error(user, ErrorCodes.QuietHoursInvalid));

        // Checked above, so each use case below only stores (each still validates on its own).
        if (language is { } lang && Failed(await users.SetLanguageAsync(user.Id, lang, ct), user) is { } e1)
            return e1;
        if (body.TimeZone is { } zone && Failed(await users.SetTimeZoneAsync(user.Id, zone, ct), user) is { } e2)
            return e2;
        if (Failed(await users.SetNotificationsAsync(user.Id, preferences, ct), user) is { } e3)
            return e3;
        return await reader.ReadAsync(user.Id, ct) is { } saved
            ? TypedResults.Ok(ToResponse(saved))
            : TypedResults.NotFound();
    }

    /// <summary>A centre the user has not muted (someone else's, or none) answers 404 like a missing one.</summary>
    public static async Task<Results<Ok<SettingsResponse>, NotFound>> UnmuteAsync(
        [FromRoute(Name = "service_center_id")] Guid centerId,
        CurrentUser user,
        CenterMuteUseCases mutes,
        UserSettingsReader reader,
        CancellationToken ct
    )
    {
        if (!(await mutes.UnmuteAsync(user.Id, centerId, ct)).IsSuccess)
            return TypedResults.NotFound();
        return await reader.ReadAsync(user.Id, ct) is { } saved
            ? TypedResults.Ok(ToResponse(saved))
            : TypedResults.NotFound();
    }

    private static Language? ParseLanguage(string code) =>
        code.Trim().ToLowerInvariant() switch
        {
            "ru" => Language.Ru,
            "en" => Language.En,
            _ => null,
        };

    private static NotificationPreferences Preferences(NotificationPreferences stored, SettingsRequest body) =>
        new()
        {
            MaintenanceDueSoon = body.Notifications?.DueSoon ?? stored.MaintenanceDueSoon,
            MaintenanceOverdue = body.Notifications?.Overdue ?? stored.MaintenanceOverdue,
            ProfileMilestones = body.Notifications?.Milestones ?? stored.ProfileMilestones,
            VerifiedServiceNews = body.Notifications?.Verified ?? stored.VerifiedServiceNews,
            QuietHoursStart = body.QuietHoursStart ?? stored.QuietHoursStart,
            QuietHoursEnd = body.QuietHoursEnd ?? stored.QuietHoursEnd,
        };

    private static ProblemHttpResult? Failed<T>(Outcome<T> outcome, CurrentUser user) =>
        outcome.IsSuccess
            ? null
            : Problems.BadRequest(outcome.Error.Code, TextCatalog.Error(user.Language, outcome.Error));

    private static string Error(CurrentUser user, string code) =>
        TextCatalog.Error(user.Language, new DomainError(code));

    private static SettingsResponse ToResponse(UserSettings settings)
    {
        var n = settings.User.Notifications;
        return new SettingsResponse(
            settings.User.Language,
            settings.User.TimeZone,
            CommonTimeZones.All,
            n.QuietHoursStart,
            n.QuietHoursEnd,
            new NotificationSwitches(
                n.MaintenanceDueSoon,
                n.MaintenanceOverdue,
                n.ProfileMilestones,
                n.VerifiedServiceNews
            ),
            [.. settings.MutedCenters.Select(m => new MutedCenterResponse(m.CenterId, m.Name))]
        );
    }
}
