namespace CarPass.Data.Ocr;

/// <summary>
/// Settings under "Ocr:RateLimit": how many photos one person may send to be read in a time window
/// (every attempt, read or not; the name is older than that rule).
/// </summary>
public sealed class OcrScanOptions
{
    public const string Section = "Ocr:RateLimit";

    public int MaxScans { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
