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

    /// <summary>
    /// A text for a message: its wording and every plain-string argument escaped once; an
    /// <see cref="HtmlText"/> argument goes in as it is; numbers and dates are written by the catalogue.
    /// </summary>
    public HtmlText T(string key, params object[] args) =>
        HtmlText.Trusted(
            TextCatalog.Get(Language, Zone, key, text => Html.Escape(text).Markup, [.. args.Select(Prepared)])
        );

    /// <summary>The plain text: a button label, a tap's notice, or a part of another text.</summary>
    public string Raw(string key, params object[] args) =>
        TextCatalog.Get(Language, Zone, key, [.. args.Select(Plain)]);

    public HtmlText Error(DomainError error) => T($"error.{error.Code}", error.Args);

    private static object Prepared(object arg) =>
        arg switch
        {
            HtmlText html => html.Markup,
            string text => Html.Escape(text).Markup,
            _ => arg,
        };

    private static object Plain(object arg) =>
        arg is HtmlText
            ? throw new ArgumentException("Markup cannot go into a plain text; use T for a message.", nameof(arg))
            : arg;
}
