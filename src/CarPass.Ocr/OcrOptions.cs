namespace CarPass.Ocr;

/// <summary>Settings under "Ocr" in the host's configuration.</summary>
public sealed class OcrOptions
{
    public const string Section = "Ocr";

    /// <summary>Folder of the *.traineddata models (Debian: tesseract-ocr-eng and tesseract-ocr-rus).</summary>
    public string TessdataPath { get; set; } = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>
    /// Folder of the model the build bundles (eng_legacy.traineddata, tessdata's English model, read by Tesseract's legacy engine):
    /// an opinion on a VIN still in doubt after the other readings. Without it the reader takes one opinion fewer and logs a warning once.
    /// </summary>
    public string BundledModelsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "tessdata");

    /// <summary>
    /// Folder of the line recognition network the build bundles (PaddleOCR's PP-OCRv4 recogniser as ONNX,
    /// src/CarPass.Ocr/LineNetworkModel.targets): another opinion on a VIN in doubt. Without it the
    /// reader does without and logs a warning once.
    /// </summary>
    public string LineNetworkPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "ocr-network");

    /// <summary>Engines kept per model, so this many photos are read at once; 0 means one per CPU core.</summary>
    public int EnginesPerModel { get; set; }

    /// <summary>A bot instance loads the models in the background at start, so the first photo is not the slow one.</summary>
    public bool WarmUpAtStart { get; set; } = true;

    public int MaxImageMegabytes { get; set; } = 20;

    /// <summary>A phone's full-size original fits (docs/OCR.md); anything larger is refused before decoding.</summary>
    public int MaxMegapixels { get; set; } = 25;

    /// <summary>
    /// Images decoded at once in this process, whoever asks: decoding is where an image takes its
    /// memory (about 5 bytes a pixel, 125 MB at the megapixel limit) and most of its CPU.
    /// </summary>
    public int MaxConcurrentDecodes { get; set; } = 2;

    /// <summary>
    /// Photos fetched from Telegram and being read at once in a bot instance; each stays in memory,
    /// up to <see cref="MaxImageMegabytes"/>, until it has been read.
    /// </summary>
    public int MaxConcurrentDownloads { get; set; } = 4;

    internal int DecodeSlots => Math.Max(1, MaxConcurrentDecodes);

    public int DownloadSlots => Math.Max(1, MaxConcurrentDownloads);

    internal int PoolSize => EnginesPerModel > 0 ? EnginesPerModel : Environment.ProcessorCount;
}
