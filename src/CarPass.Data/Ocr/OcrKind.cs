namespace CarPass.Data.Ocr;

public enum OcrKind
{
    Auto,
    Vin,
    Plate,
    Document,
}
