namespace CarPass.Domain.Ocr;

/// <summary>The vehicle field a recognised value is proposed for.</summary>
public enum OcrField
{
    Vin,
    Plate,
    MakeModel,
    Year,
    Colour,
}
