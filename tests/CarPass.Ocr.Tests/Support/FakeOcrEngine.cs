using System.Collections.Concurrent;
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

    /// <summary>A pass that waits (up to five seconds) until another has started, to prove two readings run at once.</summary>
    public (OcrPass Waiting, OcrPass Until)? Meeting { get; init; }

    /// <summary>Whether the waiting pass of <see cref="Meeting"/> saw the other start.</summary>
    public bool Met { get; private set; }

    /// <summary>Whether any pass read a page after it was disposed.</summary>
    public bool ReadAfterDispose { get; private set; }

    private readonly ConcurrentDictionary<OcrPass, ManualResetEventSlim> _started = new();

    private ManualResetEventSlim Started(OcrPass pass) => _started.GetOrAdd(pass, _ => new ManualResetEventSlim());

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

        private bool _disposed;

        private Task<OcrText> Read(OcrPass pass, OcrBox? region)
        {
            engine.Started(pass).Set();
            if (engine.Meeting is { } meeting && meeting.Waiting == pass)
                engine.Met = engine.Started(meeting.Until).Wait(TimeSpan.FromSeconds(5));
            if (_disposed)
                engine.ReadAfterDispose = true;
            lock (engine.PassesRead)
            {
                engine.PassesRead.Add(pass);
                engine.PartsRead.Add((pass, region));
            }
            return Task.FromResult(engine.Text(pass));
        }

        public void Dispose() => _disposed = true;
    }
}
