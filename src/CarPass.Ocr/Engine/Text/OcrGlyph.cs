namespace CarPass.Ocr.Engine.Text;

/// <summary>
/// One recognised character and the alternatives the LSTM weighed for it (Tesseract's choice
/// iterator with lstm_choice_mode=2), best first; the first choice is the character read. The box,
/// when the engine says it, is where the character stands.
/// </summary>
public sealed record OcrGlyph(IReadOnlyList<OcrChoice> Choices, OcrBox? Box = null)
{
    public char Character => Choices[0].Character;

    public float Confidence => Choices[0].Confidence;

    public static OcrGlyph Plain(char character) => new([new OcrChoice(character, 100)]);
}
