namespace CarPass.Host.Api.Settings;

/// <summary>GET/PUT /api/me/settings: what the bot's /settings shows, in the same stored form.</summary>
public sealed record SettingsResponse(
    string Language,
    string TimeZone,
    IReadOnlyList<string> CommonTimeZones,
    int QuietHoursStart,
    int QuietHoursEnd,
    NotificationSwitches Notifications,
    IReadOnlyList<MutedCenterResponse> MutedCenters
);

/// <summary>The four switches of /settings.</summary>
public sealed record NotificationSwitches(bool DueSoon, bool Overdue, bool Milestones, bool Verified);

public sealed record MutedCenterResponse(Guid ServiceCenterId, string Name);

/// <summary>PUT /api/me/settings: any of the fields; the ones left out stay as they are.</summary>
public sealed record SettingsRequest(
    string? Language,
    string? TimeZone,
    int? QuietHoursStart,
    int? QuietHoursEnd,
    NotificationSwitches? Notifications
);
