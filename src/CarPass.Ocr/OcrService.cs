using System.Diagnostics;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Extraction;
using CarPass.Ocr.Imaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr;

internal sealed class OcrService(
    IOcrEngine engine,
    IOptions<OcrOptions> options,
    TimeProvider clock,
    ILogger<OcrService> logger
) : IOcrService
{
    private readonly ImageLimits _limits = ImageLimits.Default with
    {
        MaxBytes = options.Value.MaxImageMegabytes * 1024 * 1024,
        MaxPixels = options.Value.MaxMegapixels * 1_000_000L,
    };

    private readonly SemaphoreSlim _decodes = new(options.Value.DecodeSlots, options.Value.DecodeSlots);

    public async Task<Outcome<OcrResult>> ReadAsync(ReadOnlyMemory<byte> image, OcrKind kind, CancellationToken ct)
    {
        var inspected = ImageInspector.Inspect(image.Span, _limits);
        if (!inspected.IsSuccess)
            return inspected.Error;
        var started = Stopwatch.GetTimestamp();
        var opened = await OpenAsync(image, ct);
        if (!opened.IsSuccess)
            return opened.Error;
        using var page = opened.Value;
        var result = await CandidateReader.ReadAsync(page, kind, clock.GetUtcNow().Year, ct);
        logger.LogDebug(
            "OCR {Kind} (read as {ReadAs}) of a {Width}×{Height} image: {Count} candidates in {Elapsed} ms",
            kind,
            result.ReadAs,
            inspected.Value.Width,
            inspected.Value.Height,
            result.Candidates.Count,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds
        );
        return result;
    }

    /// <summary>Decoding and preparing take their turn (<see cref="OcrOptions.MaxConcurrentDecodes"/>); recognition has the engine pool.</summary>
    private async Task<Outcome<IOcrPage>> OpenAsync(ReadOnlyMemory<byte> image, CancellationToken ct)
    {
        await _decodes.WaitAsync(ct);
        try
        {
            return engine.Open(image);
        }
        finally
        {
            _decodes.Release();
        }
    }

    public async Task<Outcome<OcrResult>> ReadAsync(Stream image, OcrKind kind, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await image.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > _limits.MaxBytes)
                return Outcome<OcrResult>.Fail(OcrErrorCodes.ImageTooLarge, options.Value.MaxImageMegabytes);
            buffer.Write(chunk, 0, read);
        }
        return await ReadAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), kind, ct);
    }

    public Task<DomainError?> WarmUpAsync(CancellationToken ct) => engine.WarmUpAsync(ct);
}
