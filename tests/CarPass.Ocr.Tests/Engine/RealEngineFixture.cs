using CarPass.Ocr.Engine;
using CarPass.Ocr.Tests.Support;

namespace CarPass.Ocr.Tests.Engine;

/// <summary>One warm Tesseract engine shared by the integration tests: loading the models is the slow part.</summary>
public sealed class RealEngineFixture : IAsyncLifetime
{
    private readonly TesseractEngine _engine = Services.RealEngine();

    public IOcrService Ocr { get; private set; } = null!;

    /// <summary>The engine itself, for a test that reads one page pass by pass.</summary>
    internal TesseractEngine Engine => _engine;

    public async Task InitializeAsync()
    {
        Ocr = Services.Ocr(_engine);
        var unavailable = await Ocr.WarmUpAsync(CancellationToken.None);
        Assert.True(
            unavailable is null,
            "Tesseract is missing: apt-get install -y libtesseract5 tesseract-ocr-eng tesseract-ocr-rus"
        );
    }

    public Task DisposeAsync()
    {
        _engine.Dispose();
        return Task.CompletedTask;
    }
}
