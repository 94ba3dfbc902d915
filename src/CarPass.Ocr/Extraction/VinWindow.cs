using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>17 recognised characters in a row; a window cut from a longer token is only a guess.</summary>
internal sealed record VinWindow(IReadOnlyList<OcrGlyph> Glyphs, bool Guess)
{
    /// <summary>The characters as read, with I, O and Q already their digits.</summary>
    public string Raw =>
        new(Glyphs.Select(g => LookAlikes.InVin(LookAlikes.Latin(char.ToUpperInvariant(g.Character)))).ToArray());
}
