namespace CarPass.Ocr.Imaging;

/// <summary>How an image is resized before recognition (the benchmark compares the choices).</summary>
/// <param name="UpscaleBelow">Images whose longer side is shorter are enlarged to it.</param>
/// <param name="DownscaleAbove">Images whose longer side is longer are shrunk to it: recognition time grows with pixels.</param>
/// <param name="Denoise">A 3×3 median filter: sensor noise otherwise breaks characters apart when thresholded.</param>
/// <param name="Sauvola">Local (Sauvola) thresholding instead of one global Otsu threshold: shaded, tinted photos.</param>
/// <param name="Deskew">Leptonica's skew search and rotation: photos are rarely square to the text.</param>
internal sealed record PreparationSettings(
    int UpscaleBelow,
    int DownscaleAbove,
    bool Denoise,
    bool Sauvola,
    bool Deskew
)
{
    public static PreparationSettings Default { get; } = new(600, 2400, true, true, true);

    public float ScaleFor(int longSide) =>
        longSide < UpscaleBelow ? UpscaleBelow / (float)longSide
        : longSide > DownscaleAbove ? DownscaleAbove / (float)longSide
        : 1f;
}
