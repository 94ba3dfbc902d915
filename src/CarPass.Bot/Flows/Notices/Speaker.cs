using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Flows.Notices;

/// <summary>
/// Texts for one person: in their language, with dates in their time zone (<see cref="LocalMoment"/>).
/// The user of an update speaks through <see cref="BotContext.Speaker"/>; an owner, a manager or an
/// operator told of an event through <see cref="For(Recipient)"/>.
/// </summary>
public sealed record Speaker(Language Language, TimeZoneInfo Zone)
{
    public static Speaker For(Recipient recipient) =>
        new(Languages.FromCode(recipient.Language), LocalMoment.ZoneOf(recipient.TimeZone));

    public static Speaker For(User user) => new(Languages.FromCode(user.Language), LocalMoment.ZoneOf(user.TimeZone));

    /// <summary>Someone known only by language (a message that shows no dates): times would read as UTC.</summary>
    public static Speaker For(string? languageCode) => new(Languages.FromCode(languageCode), TimeZoneInfo.Utc);

    /// <summary>A text, HTML-escaped (arguments included) for Telegram's HTML mode.</summary>
    public string T(string key, params object[] args) => Html.Escape(Raw(key, args));

    /// <summary>The unescaped text, for use as an argument of another text.</summary>
    public string Raw(string key, params object[] args) => TextCatalog.Get(Language, Zone, key, args);

    public string Error(DomainError error) => Html.Escape(TextCatalog.Error(Language, Zone, error));
}
