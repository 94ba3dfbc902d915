using System.Globalization;
using System.Text.RegularExpressions;

namespace CarPass.Domain.Tyres;

/// <summary>
/// A tyre size as moulded on the sidewall (ISO metric): width in mm, aspect ratio in %, rim in
/// inches — "205/55 R16". Spaces and case are forgiven ("205/55r16", "205 / 55 R 16"), the
/// speed-rated "ZR" and the light-truck "C" are kept as typed.
/// </summary>
public readonly partial record struct TyreSize(int Width, int Aspect, int Rim, string Construction, bool Commercial)
{
    public override string ToString() => $"{Width}/{Aspect} {Construction}{Rim}{(Commercial ? "C" : "")}";

    public static TyreSize? TryParse(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
            return null;
        var size = new TyreSize(
            int.Parse(match.Groups["w"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["r"].Value, CultureInfo.InvariantCulture),
            match.Groups["z"].Success ? "ZR" : "R",
            match.Groups["c"].Success
        );
        return size is { Width: >= 125 and <= 395, Aspect: >= 25 and <= 95, Rim: >= 10 and <= 24 } ? size : null;
    }

    [GeneratedRegex(@"^(?<w>\d{3})\s*/\s*(?<a>\d{2})\s*(?<z>Z)?R\s*(?<r>\d{2})\s*(?<c>C)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
