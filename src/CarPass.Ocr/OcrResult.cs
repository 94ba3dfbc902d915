using CarPass.Domain.Ocr;

namespace CarPass.Ocr;

/// <summary>What a photo yielded: candidates best first (empty when nothing trustworthy was read).</summary>
/// <param name="ReadAs">What the photo was read as: the kind asked, or for <see cref="OcrKind.Auto"/> either Document (a certificate) or Auto (a VIN, a plate).</param>
public sealed record OcrResult(IReadOnlyList<OcrCandidate> Candidates, OcrKind ReadAs = OcrKind.Auto)
{
    public bool Found => Candidates.Count > 0;
}
