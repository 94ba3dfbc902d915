using CarPass.Domain.Common;
using CarPass.Domain.Ocr;

namespace CarPass.Ocr;

/// <summary>
/// Reads VINs, plates and registration certificates from photos. Expected problems (too large,
/// not an image, corrupt, huge, blank, engine missing) come back as a failed outcome with an
/// <see cref="OcrErrorCodes"/> code; an image with nothing readable is a success with no candidates.
/// </summary>
public interface IOcrService
{
    Task<Outcome<OcrResult>> ReadAsync(ReadOnlyMemory<byte> image, OcrKind kind, CancellationToken ct);

    /// <summary>Reads the stream up to the size limit; a longer stream is refused without reading the rest.</summary>
    Task<Outcome<OcrResult>> ReadAsync(Stream image, OcrKind kind, CancellationToken ct);

    /// <summary>Loads the models now rather than on the first photo; null when the engine is ready.</summary>
    Task<DomainError?> WarmUpAsync(CancellationToken ct);
}
