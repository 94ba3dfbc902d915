using CarPass.Ocr;
using Microsoft.Extensions.Options;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// Photos downloaded and being read at once in this process (<see cref="OcrOptions.MaxConcurrentDownloads"/>):
/// each is held in memory, up to the size limit, until it has been read. A photo waits for a slot
/// without holding anything else, so only other photos wait with it.
/// </summary>
public sealed class PhotoSlots(IOptions<OcrOptions> options)
{
    private readonly SemaphoreSlim _slots = new(options.Value.DownloadSlots, options.Value.DownloadSlots);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            _slots.Release();
        }
    }
}
