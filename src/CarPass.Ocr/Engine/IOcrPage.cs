using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Engine;

/// <summary>A decoded image ready for recognition passes; disposing it frees the native image.</summary>
public interface IOcrPage : IDisposable
{
    /// <summary>The text a pass reads, with each character's alternatives; empty when nothing is readable.</summary>
    Task<OcrText> ReadAsync(OcrPass pass, CancellationToken ct);

    /// <summary>The text a pass reads inside one part of the image (the boxes of an earlier pass); an engine that cannot look at a part reads it all.</summary>
    Task<OcrText> ReadAsync(OcrPass pass, OcrBox region, CancellationToken ct) => ReadAsync(pass, ct);

    /// <summary>The whole image, in the coordinates of the passes' boxes; null when the engine does not say.</summary>
    OcrBox? Bounds => null;
}
