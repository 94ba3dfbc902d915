using QRCoder;
using SkiaSharp;

namespace CarPass.Report;

/// <summary>The public link as a QR code, drawn as vector squares so it prints sharp at any size.</summary>
internal static class QrCode
{
    public static void Draw(SKCanvas canvas, string url, SKRect box)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var cell = Math.Min(box.Width, box.Height) / size;
        using var white = new SKPaint { Color = SKColors.White };
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        canvas.DrawRect(box.Left, box.Top, cell * size, cell * size, white);
        for (var row = 0; row < size; row++)
        for (var col = 0; col < size; col++)
            if (modules[row][col])
                canvas.DrawRect(box.Left + col * cell, box.Top + row * cell, cell + 0.05f, cell + 0.05f, black);
    }
}
