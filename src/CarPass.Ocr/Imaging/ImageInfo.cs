namespace CarPass.Ocr.Imaging;

/// <summary>What an image's header says, read without decoding a pixel.</summary>
public sealed record ImageInfo(ImageFormat Format, int Width, int Height);
