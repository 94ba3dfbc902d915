using CarPass.Domain.Common;
using CarPass.Domain.Texts;

namespace CarPass.Host.Api;

/// <summary>The user's language bound to the shared text catalogue, so responses carry ready texts.</summary>
internal sealed record Texts(Language Language)
{
    public string Get(string key, params object[] args) => TextCatalog.Get(Language, key, args);

    /// <summary>"{prefix}.{snake_case value}", the catalogue's key for an enum value.</summary>
    public string Of(string prefix, Enum value) => Get($"{prefix}.{SnakeCase.Of(value)}");
}
