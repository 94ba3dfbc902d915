using CarPass.Domain.Common;

namespace CarPass.Ocr.Engine;

/// <summary>The recognition engine behind the extraction rules; unit tests replace it with a fake.</summary>
public interface IOcrEngine
{
    /// <summary>Decodes and prepares an image that already passed <see cref="Imaging.ImageInspector"/>.</summary>
    Outcome<IOcrPage> Open(ReadOnlyMemory<byte> image);

    /// <summary>Loads every model now rather than on the first photo; null when the engine is ready.</summary>
    Task<DomainError?> WarmUpAsync(CancellationToken ct);
}
