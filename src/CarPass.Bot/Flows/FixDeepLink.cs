using CarPass.Bot.Routing;

namespace CarPass.Bot.Flows;

/// <summary>The Mini App's "what to improve" link: /start fix_{code}_{vehicle}, run as <see cref="NextActions"/>.</summary>
public static class FixDeepLink
{
    public const string Prefix = "fix_";

    /// <summary>Reads "fix_{code}_{vehicle id as 32 hex digits}"; codes may contain underscores.</summary>
    public static (string Code, Guid VehicleId)? Parse(string payload)
    {
        if (!payload.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var rest = payload[Prefix.Length..];
        var split = rest.LastIndexOf('_');
        if (split <= 0 || CallbackData.ParseId(rest[(split + 1)..]) is not { } id)
            return null;
        return (rest[..split], id);
    }
}
