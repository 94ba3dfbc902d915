namespace CarPass.Domain.Ocr;

/// <summary>
/// One value read from a photo. Valid means it passes the rules the passport applies when it is
/// saved; it is still only a proposal until a person confirms it.
/// </summary>
/// <param name="Reason">Why it was proposed, one of <see cref="OcrReasons"/>.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country of a plate, when known.</param>
/// <param name="ModelYear">The model year a VIN's tenth character stands for (the latest plausible one).</param>
public sealed record OcrCandidate(
    OcrField Kind,
    string Value,
    bool Valid,
    string Reason,
    string? Country = null,
    int? ModelYear = null
);
