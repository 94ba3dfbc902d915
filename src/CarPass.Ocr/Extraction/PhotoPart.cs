using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// The part of a photo worth reading again around a code's line (the VIN's, <see cref="VinReader"/>),
/// when the photo is much larger than that line: over a whole cluttered 1280×960 scene the legacy
/// engine takes ten times what it takes over the line and its surroundings. A crop, which is mostly
/// the code, is read whole. (Plates were tried the same way and gained nothing: docs/OCR.md.)
/// </summary>
internal static class PhotoPart
{
    // The line must be under an eighth of the photo. At a half, a crop's VIN was lost on the
    // validation set; a quarter, an eighth and a sixteenth read the same. Checking the part with its
    // margins instead read every count the same but left most scenes' VINs whole (slow).
    private const int LineShareOfPhoto = 8;

    /// <param name="sideways">Margin left and right, in the line's heights.</param>
    /// <param name="upAndDown">Margin above and below, in the line's heights.</param>
    /// <returns>Null when the whole photo should be read.</returns>
    public static OcrBox? Around(IOcrPage page, OcrBox? line, double sideways, double upAndDown) =>
        line is { } found
        && page.Bounds is { } photo
        && (long)found.Width * found.Height * LineShareOfPhoto < (long)photo.Width * photo.Height
            ? found.Padded(sideways, upAndDown)
            : null;

    /// <summary>The pass over that part, or over the whole photo when there is none.</summary>
    public static Task<OcrText> ReadAsync(IOcrPage page, OcrPass pass, OcrBox? part, CancellationToken ct) =>
        part is { } box ? page.ReadAsync(pass, box, ct) : page.ReadAsync(pass, ct);
}
