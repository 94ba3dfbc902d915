using System.Diagnostics;
using CarPass.Ocr;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// Loads the OCR models in the background when the bot starts, so the first photo an owner sends is
/// read as quickly as the next ones (loading them takes hundreds of milliseconds). Without the OCR
/// libraries the engine has already said why; the bot runs on and answers photos with that reason.
/// </summary>
public sealed class OcrWarmUp(IOcrService ocr, ILogger<OcrWarmUp> logger) : BackgroundService
{
    /// <summary>True once every model is loaded; false while loading, or when the engine is unavailable.</summary>
    public bool ModelsLoaded { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        try
        {
            ModelsLoaded = await ocr.WarmUpAsync(stoppingToken) is null;
            if (ModelsLoaded)
                logger.LogInformation(
                    "OCR models loaded in {Milliseconds:F0} ms",
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds
                );
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
