using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Flows.Notices;

/// <summary>Texts in someone else's language: an owner, a manager or an operator being told of an event.</summary>
public sealed record Speaker(Language Language)
{
    public static Speaker For(string? languageCode) => new(Languages.FromCode(languageCode));

    public static Speaker For(Recipient recipient) => For(recipient.Language);

    public string T(string key, params object[] args) => Html.Escape(Raw(key, args));

    public string Raw(string key, params object[] args) => TextCatalog.Get(Language, key, args);

    public string Error(DomainError error) => Html.Escape(TextCatalog.Error(Language, error));
}
