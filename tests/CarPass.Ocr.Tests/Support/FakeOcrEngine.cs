using CarPass.Domain.Common;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Tests.Support;

/// <summary>Answers each pass with scripted text, so extraction and routing are tested without Tesseract.</summary>
internal sealed class FakeOcrEngine(IReadOnlyDictionary<OcrPass, OcrText> texts, DomainError? failure = null)
    : IOcrEngine
{
    public FakeOcrEngine(IReadOnlyDictionary<OcrPass, string> texts, DomainError? failure = null)
        : this(texts.ToDictionary(t => t.Key, t => OcrText.Plain(t.Value)), failure) { }

    private int _opening;
    private int _opened;
    private int _mostAtOnce;

    public List<OcrPass> PassesRead { get; } = [];

    /// <summary>The part each pass read: null for the whole image.</summary>
    public List<(OcrPass Pass, OcrBox? Region)> PartsRead { get; } = [];

    /// <summary>The size each page says it has (null: it does not say, as an engine may).</summary>
    public OcrBox? PageBounds { get; init; }

    /// <summary>How long opening (decoding) an image takes, on the caller's thread.</summary>
    public TimeSpan OpenTime { get; init; }

    public int ImagesOpened => _opened;

    /// <summary>The most images that were being opened at the same moment.</summary>
    public int MostOpenedAtOnce => _mostAtOnce;

    private OcrText Text(OcrPass pass) => texts.GetValueOrDefault(pass, OcrText.Empty);

    public Outcome<IOcrPage> Open(ReadOnlyMemory<byte> image)
    {
        var now = Interlocked.Increment(ref _opening);
        Interlocked.Increment(ref _opened);
        for (var most = _mostAtOnce; now > most; most = _mostAtOnce)
            Interlocked.CompareExchange(ref _mostAtOnce, now, most);
        Thread.Sleep(OpenTime);
        Interlocked.Decrement(ref _opening);
        return failure is null ? new FakePage(this) : Outcome<IOcrPage>.Fail(failure);
    }

    public Task<DomainError?> WarmUpAsync(CancellationToken ct) => Task.FromResult(failure);

    private sealed class FakePage(FakeOcrEngine engine) : IOcrPage
    {
        public OcrBox? Bounds => engine.PageBounds;

        public Task<OcrText> ReadAsync(OcrPass pass, CancellationToken ct) => Read(pass, null);

        public Task<OcrText> ReadAsync(OcrPass pass, OcrBox region, CancellationToken ct) => Read(pass, region);

        private Task<OcrText> Read(OcrPass pass, OcrBox? region)
        {
            engine.PassesRead.Add(pass);
            engine.PartsRead.Add((pass, region));
            return Task.FromResult(engine.Text(pass));
        }

        public void Dispose() { }
    }
}
