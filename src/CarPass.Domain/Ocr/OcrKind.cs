namespace CarPass.Domain.Ocr;

/// <summary>What a person asked to scan; Auto tries VIN and plate.</summary>
public enum OcrKind
{
    Auto,
    Vin,
    Plate,
    Document,
}
