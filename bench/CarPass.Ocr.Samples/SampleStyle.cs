namespace CarPass.Ocr.Samples;

/// <summary>How one picture is drawn and spoiled.</summary>
/// <param name="JpegQuality">Null keeps a lossless PNG.</param>
public sealed record SampleStyle(
    int Font,
    float FontSize,
    float RotationDegrees,
    float Noise,
    float Blur,
    int? JpegQuality,
    SampleBackground Background
)
{
    public static SampleStyle Clean(int font = 0, float fontSize = 40) =>
        new(font, fontSize, 0, 0, 0, null, SampleBackground.White);

    public bool IsHard =>
        Math.Abs(RotationDegrees) > 2
        || Noise > 12
        || Blur > 0.8f
        || JpegQuality < 50
        || Background == SampleBackground.Photo;
}
