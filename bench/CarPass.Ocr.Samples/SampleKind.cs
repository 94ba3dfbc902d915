namespace CarPass.Ocr.Samples;

public enum SampleKind
{
    Vin,
    Plate,

    /// <summary>A registration certificate: the VIN is expected, and the plate beside it.</summary>
    Certificate,
}
