using CarPass.Domain.Ocr;

namespace CarPass.Ocr.Bench;

/// <summary>What one reader made of one image, and how long it took.</summary>
/// <param name="Exact">The VIN or plate shown (a certificate's VIN) was read exactly: CarPass's best candidate of that field, or anywhere in the CLI's output.</param>
/// <param name="PlateFound">A certificate's plate was read exactly as well.</param>
/// <param name="Candidates">CarPass's candidates, for the share of valid VINs that are right.</param>
internal sealed record Reading(
    string Sample,
    bool Exact,
    double Milliseconds,
    string Read,
    bool PlateFound = false,
    bool ExactWithCarPassRules = false,
    IReadOnlyList<OcrCandidate>? Candidates = null
);
