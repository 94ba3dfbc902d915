namespace CarPass.Ocr.Extraction;

/// <summary>One reading a VIN decoder found, its cost (lower is likelier) and whether its check digit is right.</summary>
internal sealed record VinHypothesis(string Text, double Cost, bool CheckDigitRight);
