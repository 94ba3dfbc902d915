using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>Recognised characters in a row, as many as a code has; a window cut from a longer token is only a guess.</summary>
internal sealed record GlyphWindow(IReadOnlyList<OcrGlyph> Glyphs, bool Guess)
{
    /// <summary>The characters as read, upper-case, Cyrillic capitals as their Latin shapes.</summary>
    public string Latin => new(Glyphs.Select(g => LookAlikes.Latin(char.ToUpperInvariant(g.Character))).ToArray());
}
