namespace CarPass.Ocr.Engine;

/// <summary>Tesseract's page segmentation modes that CarPass uses (values of TessPageSegMode).</summary>
internal enum PageSegmentation
{
    Auto = 3,
    SingleBlock = 6,
    SingleLine = 7,
    SparseText = 11,
}
