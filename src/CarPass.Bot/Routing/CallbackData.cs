using CarPass.Bot.Replies;

namespace CarPass.Bot.Routing;

/// <summary>
/// Button payloads: short colon-separated parts, e.g. "v:{vehicle}" or "w:2:Petrol". Vehicle ids
/// travel as 32 hex digits; every payload is checked against Telegram's 64-byte limit when built.
/// </summary>
public sealed record CallbackData(string Action, IReadOnlyList<string> Args)
{
    public const string Cancel = "x";
    public const string Garage = "g";
    public const string Vehicle = "v";
    public const string Passport = "p";
    public const string StartFlow = "f";
    public const string NextAction = "n";
    public const string Wizard = "w";
    public const string Settings = "s";
    public const string Menu = "m";

    public string? Arg(int index) => index < Args.Count ? Args[index] : null;

    public static string Build(string action, params string[] args) =>
        TelegramLimits.CheckCallbackData(args.Length == 0 ? action : $"{action}:{string.Join(':', args)}");

    public static string Id(Guid id) => id.ToString("N");

    public static Guid? ParseId(string? text) => Guid.TryParseExact(text, "N", out var id) ? id : null;

    public static CallbackData Parse(string? data)
    {
        var parts = (data ?? "").Split(':');
        return new CallbackData(parts[0], parts[1..]);
    }
}
