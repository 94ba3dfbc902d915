using CarPass.Domain.Ocr;

namespace CarPass.Data.Ocr;

/// <summary>Every scan is kept: who, when, what the engine proposed and what the person chose.</summary>
public sealed class OcrScan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public Guid? VehicleId { get; set; }
    public OcrKind Kind { get; set; }
    public string? TelegramFileId { get; set; }
    public string CandidatesJson { get; set; } = "[]";
    public string? ChosenValue { get; set; }
    public OcrScanStatus Status { get; set; } = OcrScanStatus.Proposed;
    public DateTime CreatedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
}
