namespace CarPass.Ocr;

/// <summary>Settings under "Ocr" in the host's configuration.</summary>
public sealed class OcrOptions
{
    public const string Section = "Ocr";

    /// <summary>Folder of the *.traineddata models (Debian: tesseract-ocr-eng and tesseract-ocr-rus).</summary>
    public string TessdataPath { get; set; } = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>Engines kept per model, so this many photos are read at once; 0 means one per CPU core.</summary>
    public int EnginesPerModel { get; set; }

    /// <summary>A bot instance loads the models in the background at start, so the first photo is not the slow one.</summary>
    public bool WarmUpAtStart { get; set; } = true;

    public int MaxImageMegabytes { get; set; } = 20;

    public int MaxMegapixels { get; set; } = 40;

    internal int PoolSize => EnginesPerModel > 0 ? EnginesPerModel : Environment.ProcessorCount;
}
