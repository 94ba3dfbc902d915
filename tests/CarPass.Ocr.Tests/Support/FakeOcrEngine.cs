using CarPass.Domain.Common;
using CarPass.Ocr.Engine;

namespace CarPass.Ocr.Tests.Support;

/// <summary>Answers each pass with scripted text, so extraction and routing are tested without Tesseract.</summary>
internal sealed class FakeOcrEngine(IReadOnlyDictionary<OcrPass, string> texts, DomainError? failure = null)
    : IOcrEngine
{
    public List<OcrPass> PassesRead { get; } = [];

    private string Text(OcrPass pass) => texts.GetValueOrDefault(pass, "");

    public Outcome<IOcrPage> Open(ReadOnlyMemory<byte> image) =>
        failure is null ? new FakePage(this) : Outcome<IOcrPage>.Fail(failure);

    public Task<DomainError?> WarmUpAsync(CancellationToken ct) => Task.FromResult(failure);

    private sealed class FakePage(FakeOcrEngine engine) : IOcrPage
    {
        public Task<string> ReadAsync(OcrPass pass, CancellationToken ct)
        {
            engine.PassesRead.Add(pass);
            return Task.FromResult(engine.Text(pass));
        }

        public void Dispose() { }
    }
}
