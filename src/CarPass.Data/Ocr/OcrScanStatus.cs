namespace CarPass.Data.Ocr;

public enum OcrScanStatus
{
    Proposed,
    Confirmed,
    Discarded,
}
