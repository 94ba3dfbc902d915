using CarPass.Ocr.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CarPass.Ocr.Tests.Support;

internal static class Services
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    public static IOcrService Ocr(IOcrEngine engine, OcrOptions? options = null) =>
        new OcrService(
            engine,
            Options.Create(options ?? new OcrOptions()),
            new FakeTimeProvider(Now),
            NullLogger<OcrService>.Instance
        );

    public static TesseractEngine RealEngine(int enginesPerModel = 2) =>
        new(Options.Create(new OcrOptions { EnginesPerModel = enginesPerModel }), NullLogger<TesseractEngine>.Instance);
}
