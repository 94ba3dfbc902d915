namespace CarPass.Ocr.Engine.Text;

/// <summary>What a pass read: lines of words of glyphs. <see cref="ToString"/> is the plain text, lines separated by '\n'.</summary>
public sealed record OcrText(IReadOnlyList<IReadOnlyList<IReadOnlyList<OcrGlyph>>> Lines)
{
    public static OcrText Empty { get; } = new([]);

    /// <summary>Nothing was read (or the pass's model is not installed): no opinion.</summary>
    public bool IsEmpty => Lines.All(line => line.All(word => word.Count == 0));

    /// <summary>Text without alternatives: every character certain (tests, and text from elsewhere).</summary>
    public static OcrText Plain(string text) =>
        new(
            text.Split('\n')
                .Select(line =>
                    (IReadOnlyList<IReadOnlyList<OcrGlyph>>)
                        line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                            .Select(word => (IReadOnlyList<OcrGlyph>)word.Select(OcrGlyph.Plain).ToList())
                            .ToList()
                )
                .ToList()
        );

    public override string ToString() =>
        string.Join(
            '\n',
            Lines.Select(line =>
                string.Join(' ', line.Select(word => new string(word.Select(g => g.Character).ToArray())))
            )
        );
}
