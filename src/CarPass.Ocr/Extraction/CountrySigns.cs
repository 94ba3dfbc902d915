namespace CarPass.Ocr.Extraction;

/// <summary>International distinguishing signs printed on European plates, as ISO 3166-1 alpha-2 codes.</summary>
internal static class CountrySigns
{
    private static readonly Dictionary<string, string> Signs = new()
    {
        ["A"] = "AT",
        ["B"] = "BE",
        ["BG"] = "BG",
        ["BY"] = "BY",
        ["CH"] = "CH",
        ["CZ"] = "CZ",
        ["D"] = "DE",
        ["DK"] = "DK",
        ["E"] = "ES",
        ["EST"] = "EE",
        ["F"] = "FR",
        ["FIN"] = "FI",
        ["GB"] = "GB",
        ["UK"] = "GB",
        ["GE"] = "GE",
        ["GR"] = "GR",
        ["H"] = "HU",
        ["HR"] = "HR",
        ["I"] = "IT",
        ["IRL"] = "IE",
        ["KZ"] = "KZ",
        ["L"] = "LU",
        ["LT"] = "LT",
        ["LV"] = "LV",
        ["N"] = "NO",
        ["NL"] = "NL",
        ["P"] = "PT",
        ["PL"] = "PL",
        ["RO"] = "RO",
        ["S"] = "SE",
        ["SK"] = "SK",
        ["SLO"] = "SI",
        ["UA"] = "UA",
    };

    public static string? Find(string token) => Signs.GetValueOrDefault(token);
}
