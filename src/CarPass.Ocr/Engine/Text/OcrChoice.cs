namespace CarPass.Ocr.Engine.Text;

/// <summary>One character the model considered at a place, with its confidence (0–100).</summary>
public readonly record struct OcrChoice(char Character, float Confidence);
