namespace CarPass.Ocr.Extraction;

/// <summary>A 17-character stretch of recognised text; a window cut from a longer token is only a guess.</summary>
internal sealed record VinReading(string Text, bool Windowed);
