namespace CarPass.Ocr.Samples;

/// <summary>A generated photo and the value it shows.</summary>
public sealed record Sample(string Name, SampleKind Kind, string Expected, SampleStyle Style, byte[] Image)
{
    public string FileName => $"{Name}.{(Style.JpegQuality is null ? "png" : "jpg")}";
}
