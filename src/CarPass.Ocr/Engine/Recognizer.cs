using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Engine;

/// <summary>One recognition call on a handle that belongs to the caller for its duration.</summary>
internal static class Recognizer
{
    // Generated and photographed text carries no resolution; without one Tesseract guesses and warns.
    private const int AssumedPpi = 300;

    public static OcrText Read(TessHandle handle, PixHandle image, PassSettings settings, bool sauvola)
    {
        TesseractApi.SetVariable(handle, "tessedit_char_whitelist", settings.Whitelist);
        TesseractApi.SetVariable(handle, "thresholding_method", sauvola ? "2" : "0");
        // Per-character alternatives of the LSTM, for the choice iterator (GlyphReader).
        TesseractApi.SetVariable(handle, "lstm_choice_mode", "2");
        TesseractApi.SetPageSegMode(handle, (int)settings.Segmentation);
        TesseractApi.SetImage(handle, image);
        TesseractApi.SetSourceResolution(handle, AssumedPpi);
        try
        {
            return TesseractApi.Recognize(handle, IntPtr.Zero) == 0 ? GlyphReader.Read(handle) : OcrText.Empty;
        }
        finally
        {
            TesseractApi.Clear(handle);
        }
    }
}
