namespace CarPass.Domain.Ocr;

/// <summary>Why a candidate was proposed; stable codes for logs, the CLI and the bot.</summary>
public static class OcrReasons
{
    /// <summary>A VIN whose check digit is right.</summary>
    public const string CheckDigitOk = "check_digit_ok";

    /// <summary>A VIN whose look-alike characters were chosen so that the check digit is right.</summary>
    public const string CheckDigitResolved = "check_digit_resolved";

    /// <summary>A VIN of a maker that does not use the check digit: the pattern alone holds.</summary>
    public const string VinPattern = "vin_pattern";

    /// <summary>A VIN-shaped reading whose mandatory check digit is wrong: shown, never valid.</summary>
    public const string CheckDigitMismatch = "check_digit_mismatch";

    /// <summary>A Russian plate in the GOST R 50577 pattern.</summary>
    public const string GostPlate = "gost_plate";

    /// <summary>A plate of another country: letters and digits in a plate-like group.</summary>
    public const string PlatePattern = "plate_pattern";

    /// <summary>A value found next to its label on a registration certificate.</summary>
    public const string DocumentLabel = "document_label";
}
