namespace CarPass.Ocr.Engine;

/// <summary>A decoded image ready for recognition passes; disposing it frees the native image.</summary>
public interface IOcrPage : IDisposable
{
    /// <summary>The text a pass reads, lines separated by '\n'; empty when nothing is readable.</summary>
    Task<string> ReadAsync(OcrPass pass, CancellationToken ct);
}
