namespace CarPass.Ocr.Engine;

/// <summary>
/// How one pass reads: the model, the characters, the layout and the image. Tesseract's variables
/// persist on a handle, so all of them are set every time. A pass of the line network (<see cref="Network"/>)
/// has no Tesseract model or layout; it reads the characters of its whitelist over a line.
/// </summary>
internal sealed record PassSettings(
    string Language,
    string Whitelist,
    PageSegmentation Segmentation,
    bool Sharp = false,
    bool Unframed = false
)
{
    public bool Bundled => Language == LegacyEnglish;

    public bool Network => Language == LineNetworkModel;

    /// <summary>Not a Tesseract model: PaddleOCR's line network (src/CarPass.Ocr/LineNetworkModel.targets).</summary>
    private const string LineNetworkModel = "line_network";

    /// <summary>The model the build bundles (src/CarPass.Ocr/LegacyEnglishModel.targets); every other model is Debian's.</summary>
    public const string LegacyEnglish = "eng_legacy";

    private const string Digits = "0123456789";
    private const string LatinLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private const string PlateCharacters = "АВЕКМНОРСТУХ" + "ABEKMHOPCTYX" + Digits + "|";

    public static PassSettings For(OcrPass pass) =>
        pass switch
        {
            OcrPass.Plate => new("rus", PlateCharacters, PageSegmentation.SingleBlock),
            OcrPass.PlateSparse => new("rus", PlateCharacters, PageSegmentation.SparseText),
            OcrPass.PlateUnframed => new("rus", PlateCharacters, PageSegmentation.SingleBlock, Unframed: true),
            OcrPass.PlateSharp => new("rus", PlateCharacters, PageSegmentation.SingleBlock, Sharp: true),
            OcrPass.Latin => new("eng", LatinLetters + Digits, PageSegmentation.SingleBlock, Sharp: true),
            OcrPass.LatinLine => new("eng", LatinLetters + Digits, PageSegmentation.SingleLine, Sharp: true),
            OcrPass.LatinLegacy => new(LegacyEnglish, LatinLetters + Digits, PageSegmentation.SingleBlock, Sharp: true),
            OcrPass.LatinLineLegacy => new(
                LegacyEnglish,
                LatinLetters + Digits,
                PageSegmentation.SingleLine,
                Sharp: true
            ),
            OcrPass.LatinDenoised => new("eng", LatinLetters + Digits, PageSegmentation.SingleBlock),
            OcrPass.Document => new("rus+eng", "", PageSegmentation.Auto),
            OcrPass.LatinLineNetwork => new(
                LineNetworkModel,
                LatinLetters + Digits,
                PageSegmentation.SingleLine,
                Sharp: true
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(pass), pass, null),
        };
}
