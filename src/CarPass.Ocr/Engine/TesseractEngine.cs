using System.Collections.Concurrent;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Imaging;
using CarPass.Ocr.Native;
using CarPass.Ocr.Network;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace CarPass.Ocr.Engine;

/// <summary>The real engine: Leptonica decodes, pooled Tesseract handles recognise.</summary>
internal sealed class TesseractEngine : IOcrEngine, IDisposable
{
    private static readonly string[] RequiredModels = ["eng", "rus"];

    private readonly OcrOptions _options;
    private readonly ILogger<TesseractEngine> _logger;
    private readonly ConcurrentDictionary<string, TesseractPool> _pools = new();
    private readonly Lazy<DomainError?> _unavailable;
    private readonly Lazy<bool> _hasBundledModel;
    private readonly Lazy<LineNetwork?> _network;

    public TesseractEngine(IOptions<OcrOptions> options, ILogger<TesseractEngine> logger)
    {
        _options = options.Value;
        _logger = logger;
        _unavailable = new Lazy<DomainError?>(CheckAvailability);
        _hasBundledModel = new Lazy<bool>(CheckBundledModel);
        _network = new Lazy<LineNetwork?>(LoadNetwork);
    }

    internal PreparationSettings Preparation { get; init; } = PreparationSettings.Default;

    public Outcome<IOcrPage> Open(ReadOnlyMemory<byte> image)
    {
        if (_unavailable.Value is { } unavailable)
            return unavailable;
        var prepared = ImagePreparation.Prepare(image.Span, Preparation);
        return prepared.IsSuccess ? new TesseractPage(this, prepared.Value) : prepared.Error;
    }

    /// <summary>Loads every model once, so the first photo is not the slow one.</summary>
    public async Task<DomainError?> WarmUpAsync(CancellationToken ct)
    {
        if (_unavailable.Value is { } unavailable)
            return unavailable;
        var passes = Enum.GetValues<OcrPass>().Select(PassSettings.For);
        foreach (var settings in passes.Where(s => !s.Network && Available(s)))
            await Pool(settings).RunAsync(_ => true, ct);
        _ = _network.Value;
        return null;
    }

    /// <summary>What a pass reads; an optional model that is not installed reads nothing (no opinion).</summary>
    internal Task<OcrText> RecognizeAsync(PixHandle image, OcrPass pass, OcrBox? region, CancellationToken ct)
    {
        var settings = PassSettings.For(pass);
        if (settings.Network)
            return Task.FromResult(
                _network.Value is { } network && region is { } line ? network.Read(image, line) : OcrText.Empty
            );
        if (!Available(settings))
            return Task.FromResult(OcrText.Empty);
        return Pool(settings)
            .RunAsync(handle => Recognizer.Read(handle, image, settings, region, Preparation.Sauvola), ct);
    }

    private bool Available(PassSettings settings) => !settings.Bundled || _hasBundledModel.Value;

    private TesseractPool Pool(PassSettings settings) =>
        _pools.GetOrAdd(
            settings.Language,
            language => new TesseractPool(
                settings.Bundled ? _options.BundledModelsPath : _options.TessdataPath,
                language,
                _options.PoolSize,
                legacyEngine: settings.Bundled
            )
        );

    private bool CheckBundledModel()
    {
        if (File.Exists(Path.Combine(_options.BundledModelsPath, $"{PassSettings.LegacyEnglish}.traineddata")))
            return true;
        _logger.LogWarning(
            "The bundled OCR model {Model} is missing in {Path} (the build fetches it); VINs in doubt get one opinion fewer",
            PassSettings.LegacyEnglish,
            _options.BundledModelsPath
        );
        return false;
    }

    private LineNetwork? LoadNetwork()
    {
        var folder = _options.LineNetworkPath;
        if (!File.Exists(Path.Combine(folder, LineNetwork.ModelFile)))
        {
            _logger.LogWarning(
                "The OCR line network {Model} is missing in {Path} (the build fetches it); VINs in doubt get one opinion fewer",
                LineNetwork.ModelFile,
                folder
            );
            return null;
        }
        try
        {
            return LineNetwork.Load(folder, PassSettings.For(OcrPass.LatinLineNetwork).Whitelist);
        }
        catch (Exception ex)
            when (ex
                    is OnnxRuntimeException
                        or DllNotFoundException
                        or EntryPointNotFoundException
                        or BadImageFormatException
                        or TypeInitializationException
                        or IOException
            )
        {
            _logger.LogWarning(
                ex,
                "The OCR line network in {Path} could not be loaded; VINs in doubt get one opinion fewer",
                folder
            );
            return null;
        }
    }

    private DomainError? CheckAvailability()
    {
        try
        {
            var version = NativeRuntime.EnsureLoaded();
            _logger.LogInformation("Tesseract {Version} loaded", version);
        }
        catch (DllNotFoundException ex)
        {
            _logger.LogError(ex, "Tesseract or Leptonica is not installed: apt-get install libtesseract5");
            return new DomainError(OcrErrorCodes.EngineUnavailable);
        }
        var missing = RequiredModels.Where(m => !File.Exists(Path.Combine(_options.TessdataPath, $"{m}.traineddata")));
        foreach (var model in missing)
        {
            _logger.LogError("Tesseract model {Model} is missing in {Path}", model, _options.TessdataPath);
            return new DomainError(OcrErrorCodes.EngineUnavailable);
        }
        return null;
    }

    public void Dispose()
    {
        foreach (var pool in _pools.Values)
            pool.Dispose();
        if (_network.IsValueCreated)
            _network.Value?.Dispose();
    }
}
