using CarPass.Domain.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>What a photo yielded: the kind it was read as (a certificate, or VIN and plate) and the candidates, best first.</summary>
public sealed record PhotoReading(OcrKind Kind, IReadOnlyList<OcrCandidate> Candidates);
