namespace CarPass.Ocr.Extraction;

/// <summary>
/// The three-digit region codes in use on Russian plates (issued where the two-digit codes of a
/// large region ran out). Two-digit codes are 01–99. A three-digit reading outside this list is a
/// two-digit region with a stray mark after it.
/// </summary>
internal static class PlateRegions
{
    private static readonly HashSet<string> LongRegions =
    [
        "102",
        "113",
        "116",
        "121",
        "122",
        "123",
        "124",
        "125",
        "126",
        "134",
        "136",
        "138",
        "142",
        "147",
        "150",
        "152",
        "154",
        "155",
        "156",
        "159",
        "161",
        "163",
        "164",
        "173",
        "174",
        "177",
        "178",
        "180",
        "181",
        "184",
        "185",
        "186",
        "190",
        "193",
        "196",
        "197",
        "198",
        "199",
        "250",
        "702",
        "716",
        "725",
        "750",
        "761",
        "763",
        "774",
        "777",
        "790",
        "797",
        "799",
        "977",
    ];

    public static bool IsLongRegion(string code) => LongRegions.Contains(code);

    /// <summary>Whether some three-digit code in use begins with these digits.</summary>
    public static bool Begins(string prefix) =>
        LongRegions.Any(code => code.StartsWith(prefix, StringComparison.Ordinal));
}
