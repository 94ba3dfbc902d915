using System.Runtime.InteropServices;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Engine;

/// <summary>One recognition call on a handle that belongs to the caller for its duration.</summary>
internal static class Recognizer
{
    // Generated and photographed text carries no resolution; without one Tesseract guesses and warns.
    private const int AssumedPpi = 300;

    public static string Read(TessHandle handle, PixHandle image, PassSettings settings, bool sauvola)
    {
        TesseractApi.SetVariable(handle, "tessedit_char_whitelist", settings.Whitelist);
        TesseractApi.SetVariable(handle, "thresholding_method", sauvola ? "2" : "0");
        TesseractApi.SetPageSegMode(handle, (int)settings.Segmentation);
        TesseractApi.SetImage(handle, image);
        TesseractApi.SetSourceResolution(handle, AssumedPpi);
        try
        {
            if (TesseractApi.Recognize(handle, IntPtr.Zero) != 0)
                return "";
            var text = TesseractApi.GetUtf8Text(handle);
            if (text == IntPtr.Zero)
                return "";
            try
            {
                return Marshal.PtrToStringUTF8(text) ?? "";
            }
            finally
            {
                TesseractApi.DeleteText(text);
            }
        }
        finally
        {
            TesseractApi.Clear(handle);
        }
    }
}
