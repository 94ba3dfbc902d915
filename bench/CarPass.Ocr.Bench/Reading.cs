namespace CarPass.Ocr.Bench;

/// <summary>What one reader made of one image, and how long it took.</summary>
internal sealed record Reading(
    string Sample,
    bool Exact,
    double Milliseconds,
    string Read,
    bool ExactWithCarPassRules = false
);
