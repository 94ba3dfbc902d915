namespace CarPass.Ocr.Engine;

/// <summary>One recognition run over an image, each with its own model, character set and layout.</summary>
public enum OcrPass
{
    /// <summary>English model, Latin letters and digits, over the sharp image: VINs (I, O, Q included so look-alikes can be fixed) and foreign plates.</summary>
    Latin,

    /// <summary>The Latin pass over the denoised image: a second opinion on a VIN in doubt.</summary>
    LatinDenoised,

    /// <summary>The Latin pass as one line, over a part of the sharp image: a VIN line found by another pass, read alone.</summary>
    LatinLine,

    /// <summary>The Latin pass by Tesseract's legacy engine (tessdata's English model): the last opinion on a VIN the other readings leave in doubt (optional, see <see cref="OcrOptions.BundledModelsPath"/>).</summary>
    LatinLegacy,

    /// <summary>The VIN line read alone by Tesseract's legacy engine: a further opinion on a certificate's VIN in doubt.</summary>
    LatinLineLegacy,

    /// <summary>
    /// The VIN line read alone, over the sharp image, by PaddleOCR's recognition network instead of
    /// Tesseract (optional, see <see cref="OcrOptions.LineNetworkPath"/>): another opinion on a VIN in doubt.
    /// </summary>
    LatinLineNetwork,

    /// <summary>Russian model, plate letters in both alphabets and digits, one line.</summary>
    Plate,

    /// <summary>The plate pass again, reading scattered text: finds a region that the one-block layout dropped.</summary>
    PlateSparse,

    /// <summary>The plate pass over the sharp image: a third opinion on a plate still in doubt.</summary>
    PlateSharp,

    /// <summary>The plate pass over the denoised image with its frames erased: a plate whose border hid its characters from the layout.</summary>
    PlateUnframed,

    /// <summary>Russian and English models, no character limit, page layout: a registration certificate.</summary>
    Document,
}
