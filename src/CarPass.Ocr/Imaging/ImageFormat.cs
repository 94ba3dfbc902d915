namespace CarPass.Ocr.Imaging;

public enum ImageFormat
{
    Png,
    Jpeg,
}
