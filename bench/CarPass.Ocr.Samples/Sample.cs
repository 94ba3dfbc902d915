namespace CarPass.Ocr.Samples;

/// <summary>A generated photo and the value it shows (a certificate's VIN, with its plate in <paramref name="ExpectedPlate"/>).</summary>
public sealed record Sample(
    string Name,
    SampleKind Kind,
    string Expected,
    SampleStyle Style,
    byte[] Image,
    string? ExpectedPlate = null
)
{
    public string FileName => $"{Name}.{(Style.JpegQuality is null ? "png" : "jpg")}";
}
