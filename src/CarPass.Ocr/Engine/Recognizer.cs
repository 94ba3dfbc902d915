using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Engine;

/// <summary>One recognition call on a handle that belongs to the caller for its duration.</summary>
internal static class Recognizer
{
    // Generated and photographed text carries no resolution; without one Tesseract guesses and warns.
    private const int AssumedPpi = 300;

    public static OcrText Read(TessHandle handle, PixHandle image, PassSettings settings, OcrBox? region, bool sauvola)
    {
        TesseractApi.SetVariable(handle, "tessedit_char_whitelist", settings.Whitelist);
        TesseractApi.SetVariable(handle, "thresholding_method", sauvola ? "2" : "0");
        // Per-character alternatives of the LSTM, for the choice iterator (GlyphReader).
        TesseractApi.SetVariable(handle, "lstm_choice_mode", "2");
        // The legacy engine's classifier otherwise adapts to every page a handle reads, so a photo's
        // reading would depend on whose photos that handle read before (and the CLI and the chat,
        // with other histories, could disagree on it).
        TesseractApi.SetVariable(handle, "classify_enable_learning", "0");
        TesseractApi.SetPageSegMode(handle, (int)settings.Segmentation);
        TesseractApi.SetImage(handle, image);
        TesseractApi.SetSourceResolution(handle, AssumedPpi);
        if (region is { } box && Inside(box, image) is { Width: > 0, Height: > 0 } part)
            TesseractApi.SetRectangle(handle, part.Left, part.Top, part.Width, part.Height);
        try
        {
            return TesseractApi.Recognize(handle, IntPtr.Zero) == 0 ? GlyphReader.Read(handle) : OcrText.Empty;
        }
        finally
        {
            TesseractApi.Clear(handle);
        }
    }

    private static OcrBox Inside(OcrBox box, PixHandle image) =>
        new(
            Math.Max(0, box.Left),
            Math.Max(0, box.Top),
            Math.Min(Leptonica.GetWidth(image), box.Right),
            Math.Min(Leptonica.GetHeight(image), box.Bottom)
        );
}
