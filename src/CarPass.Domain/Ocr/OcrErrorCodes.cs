namespace CarPass.Domain.Ocr;

/// <summary>Why a photo was not read, or a scan not changed; texts live under "error.{code}".</summary>
public static class OcrErrorCodes
{
    public const string ImageTooLarge = "ocr_image_too_large";
    public const string NotAnImage = "ocr_not_an_image";
    public const string FormatUnsupported = "ocr_format_unsupported";
    public const string ImageCorrupt = "ocr_image_corrupt";
    public const string DimensionsTooLarge = "ocr_dimensions_too_large";

    /// <summary>A progressive JPEG split into more scans than any camera or encoder writes: decoding it would take a long time.</summary>
    public const string ImageTooComplex = "ocr_image_too_complex";
    public const string ImageTooSmall = "ocr_image_too_small";
    public const string ImageBlank = "ocr_image_blank";
    public const string EngineUnavailable = "ocr_engine_unavailable";

    /// <summary>The image was fine but held no VIN, plate or certificate field: the bot's reply to an empty read.</summary>
    public const string NothingFound = "ocr_nothing_found";
    public const string RateLimited = "ocr_rate_limited";
    public const string ScanNotFound = "ocr_scan_not_found";
    public const string ScanAlreadyDecided = "ocr_scan_already_decided";
    public const string ChoiceUnknown = "ocr_choice_unknown";

    public static IReadOnlyList<string> All { get; } =
    [
        ImageTooLarge,
        NotAnImage,
        FormatUnsupported,
        ImageCorrupt,
        DimensionsTooLarge,
        ImageTooComplex,
        ImageTooSmall,
        ImageBlank,
        EngineUnavailable,
        NothingFound,
        RateLimited,
        ScanNotFound,
        ScanAlreadyDecided,
        ChoiceUnknown,
    ];
}
