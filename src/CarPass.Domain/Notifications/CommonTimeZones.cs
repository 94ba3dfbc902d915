namespace CarPass.Domain.Notifications;

/// <summary>The Russian time zones offered first when an owner picks theirs (any IANA name is accepted).</summary>
public static class CommonTimeZones
{
    public static readonly IReadOnlyList<string> All =
    [
        "Europe/Kaliningrad",
        "Europe/Moscow",
        "Europe/Samara",
        "Asia/Yekaterinburg",
        "Asia/Omsk",
        "Asia/Novosibirsk",
        "Asia/Krasnoyarsk",
        "Asia/Irkutsk",
        "Asia/Yakutsk",
        "Asia/Vladivostok",
        "Asia/Magadan",
        "Asia/Kamchatka",
    ];
}
