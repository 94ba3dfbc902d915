using CarPass.Domain.Ocr;

namespace CarPass.Ocr;

/// <summary>What a photo yielded: candidates best first; empty when nothing trustworthy was read.</summary>
public sealed record OcrResult(IReadOnlyList<OcrCandidate> Candidates)
{
    public bool Found => Candidates.Count > 0;
}
