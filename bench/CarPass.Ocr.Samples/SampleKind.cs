namespace CarPass.Ocr.Samples;

public enum SampleKind
{
    Vin,
    Plate,
}
