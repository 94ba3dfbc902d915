using CarPass.Domain.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>A photo that was read and stored: the scan, its candidates best first, and which of them are offered.</summary>
public sealed record ScannedPhoto(Guid ScanId, IReadOnlyList<OcrCandidate> Candidates, IReadOnlyList<int> Offered);
