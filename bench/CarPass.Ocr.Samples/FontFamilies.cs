namespace CarPass.Ocr.Samples;

/// <summary>
/// The fixed split of font families (upright regular and bold faces; VIN plates and certificates
/// are not set in italics). Decided before tuning began; see <see cref="SampleFonts"/>.
/// </summary>
internal static class FontFamilies
{
    private const string Truetype = "/usr/share/fonts/truetype";
    private const string Opentype = "/usr/share/fonts/opentype";

    /// <summary>What tests/run.sh and bench/ocr.sh install for the samples.</summary>
    public static readonly string[] Packages =
    [
        "fonts-dejavu-core",
        "fonts-liberation",
        "fonts-croscore",
        "fonts-go",
        "fonts-paratype",
        "fonts-noto-mono",
        "fonts-urw-base35",
        "fonts-freefont-ttf",
        "fonts-ocr-b",
        "fonts-b612",
        "fonts-open-sans",
    ];

    public static readonly SampleFace[] Tuning =
    [
        .. Faces(
            FontSet.Tuning,
            "DejaVu",
            "fonts-dejavu-core",
            $"{Truetype}/dejavu",
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSansMono.ttf",
            "DejaVuSansMono-Bold.ttf",
            "DejaVuSerif.ttf",
            "DejaVuSerif-Bold.ttf"
        ),
        .. Faces(
            FontSet.Tuning,
            "Liberation",
            "fonts-liberation",
            $"{Truetype}/liberation",
            "LiberationSans-Regular.ttf",
            "LiberationSans-Bold.ttf",
            "LiberationSerif-Regular.ttf",
            "LiberationMono-Regular.ttf",
            "LiberationSansNarrow-Regular.ttf"
        ),
        .. Faces(
            FontSet.Tuning,
            "Croscore",
            "fonts-croscore",
            $"{Truetype}/croscore",
            "Arimo-Regular.ttf",
            "Tinos-Bold.ttf",
            "Cousine-Regular.ttf"
        ),
        .. Faces(
            FontSet.Tuning,
            "Go",
            "fonts-go",
            "/usr/share/fonts/fonts-go",
            "Go-Regular.ttf",
            "Go-Bold.ttf",
            "Go-Mono.ttf",
            "Go-Medium.ttf"
        ),
        .. Faces(
            FontSet.Tuning,
            "PT",
            "fonts-paratype",
            $"{Truetype}/paratype",
            "PTS55F.ttf",
            "PTS75F.ttf",
            "PTF55F.ttf",
            "PTM55F.ttf"
        ),
        .. Faces(
            FontSet.Tuning,
            "Noto Sans Mono",
            "fonts-noto-mono",
            $"{Truetype}/noto",
            "NotoSansMono-Regular.ttf",
            "NotoSansMono-Bold.ttf"
        ),
        .. Faces(
            FontSet.Tuning,
            "URW Gothic and Bookman",
            "fonts-urw-base35",
            $"{Opentype}/urw-base35",
            "URWGothic-Book.otf",
            "URWGothic-Demi.otf",
            "URWBookman-Light.otf",
            "URWBookman-Demi.otf"
        ),
    ];

    public static readonly SampleFace[] Unseen =
    [
        .. Faces(
            FontSet.Unseen,
            "FreeFont",
            "fonts-freefont-ttf",
            $"{Truetype}/freefont",
            "FreeSans.ttf",
            "FreeSansBold.ttf",
            "FreeSerif.ttf",
            "FreeMono.ttf",
            "FreeMonoBold.ttf"
        ),
        .. Faces(
            FontSet.Unseen,
            "URW Nimbus",
            "fonts-urw-base35",
            $"{Opentype}/urw-base35",
            "NimbusSans-Regular.otf",
            "NimbusSans-Bold.otf",
            "NimbusSansNarrow-Regular.otf",
            "NimbusRoman-Regular.otf",
            "NimbusMonoPS-Regular.otf"
        ),
        .. Faces(
            FontSet.Unseen,
            "URW C059 and P052",
            "fonts-urw-base35",
            $"{Opentype}/urw-base35",
            "C059-Roman.otf",
            "C059-Bold.otf",
            "P052-Roman.otf"
        ),
        .. Faces(FontSet.Unseen, "OCR-B", "fonts-ocr-b", $"{Opentype}/ocr-b", "OCRB.otf"),
        .. Faces(
            FontSet.Unseen,
            "B612",
            "fonts-b612",
            $"{Opentype}/b612",
            "B612-Regular.otf",
            "B612-Bold.otf",
            "B612Mono-Regular.otf"
        ),
        .. Faces(
            FontSet.Unseen,
            "Open Sans",
            "fonts-open-sans",
            $"{Truetype}/open-sans",
            "OpenSans-Regular.ttf",
            "OpenSans-Bold.ttf",
            "OpenSans-Semibold.ttf"
        ),
    ];

    private static IEnumerable<SampleFace> Faces(
        FontSet set,
        string family,
        string package,
        string folder,
        params string[] files
    ) => files.Select(file => new SampleFace(family, Path.Combine(folder, file), package, set));
}
