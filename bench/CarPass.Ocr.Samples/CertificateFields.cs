namespace CarPass.Ocr.Samples;

/// <summary>What a generated registration certificate shows.</summary>
public sealed record CertificateFields(string Plate, string Vin, string MakeModel, int Year, string Colour);
