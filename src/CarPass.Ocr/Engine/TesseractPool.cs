using System.Collections.Concurrent;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Engine;

/// <summary>
/// Up to <c>size</c> Tesseract handles for one model. A handle serves one caller at a time, and
/// loading a model takes hundreds of milliseconds, so handles are created on demand and reused.
/// </summary>
internal sealed class TesseractPool(string dataPath, string language, int size, bool legacyEngine = false) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(size, size);
    private readonly ConcurrentBag<TessHandle> _idle = [];
    private readonly ConcurrentBag<TessHandle> _created = [];

    public async Task<T> RunAsync<T>(Func<TessHandle, T> work, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            var handle = _idle.TryTake(out var idle) ? idle : Create();
            try
            {
                return work(handle);
            }
            finally
            {
                _idle.Add(handle);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private TessHandle Create()
    {
        var handle = TesseractApi.Create();
        if (handle.IsInvalid || Init(handle) != 0)
        {
            handle.Dispose();
            throw new InvalidOperationException($"Tesseract could not load the '{language}' model from {dataPath}.");
        }
        // Tesseract writes notes ("Estimating resolution…") to stderr unless told otherwise.
        TesseractApi.SetVariable(handle, "debug_file", "/dev/null");
        _created.Add(handle);
        return handle;
    }

    private int Init(TessHandle handle) =>
        legacyEngine
            ? TesseractApi.Init2(handle, dataPath, language, TesseractApi.LegacyEngineOnly)
            : TesseractApi.Init(handle, dataPath, language);

    public void Dispose()
    {
        foreach (var handle in _created)
            handle.Dispose();
        _slots.Dispose();
    }
}
