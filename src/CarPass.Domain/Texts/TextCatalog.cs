using System.Globalization;
using CarPass.Domain.Common;

namespace CarPass.Domain.Texts;

/// <summary>
/// Every user-facing string, keyed, in Russian and English. A key missing in the requested language
/// falls back to English, then to the key itself, so a gap shows up as a readable key, not a crash.
/// </summary>
public static class TextCatalog
{
    public static string Get(Language lang, string key, params object[] args) => Get(lang, TimeZoneInfo.Utc, key, args);

    /// <summary>
    /// The text with its arguments; a <see cref="DateTime"/> argument (UTC) is shown as a
    /// <see cref="LocalMoment"/> in <paramref name="zone"/>, the way the language writes dates.
    /// </summary>
    public static string Get(Language lang, TimeZoneInfo zone, string key, params object[] args) =>
        Get(lang, zone, key, static text => text, args);

    /// <summary>
    /// The text with its arguments, its own wording passed through <paramref name="wording"/> first
    /// (a front end's escaping: the arguments are the caller's to prepare, each exactly once).
    /// </summary>
    public static string Get(
        Language lang,
        TimeZoneInfo zone,
        string key,
        Func<string, string> wording,
        params object[] args
    )
    {
        var template = Table(lang).GetValueOrDefault(key) ?? EnglishTexts.All.GetValueOrDefault(key);
        if (template is null)
        {
            return wording(key);
        }
        template = wording(template);
        if (args.Length == 0)
        {
            return template;
        }
        var shown = args.Select(a => a is DateTime utc ? new LocalMoment(utc, lang, zone) : a).ToArray();
        return string.Format(TextFormat.For(lang), template, shown);
    }

    /// <summary>The text of an expected failure, under "error.{code}" with the error's arguments.</summary>
    public static string Error(Language lang, DomainError error) => Error(lang, TimeZoneInfo.Utc, error);

    public static string Error(Language lang, TimeZoneInfo zone, DomainError error) =>
        Get(lang, zone, $"error.{error.Code}", error.Args);

    public static bool Has(Language lang, string key) => Table(lang).ContainsKey(key);

    public static IReadOnlyCollection<string> Keys(Language lang) => Table(lang).Keys.ToArray();

    private static IReadOnlyDictionary<string, string> Table(Language lang) =>
        lang == Language.Ru ? RussianTexts.All : EnglishTexts.All;
}
