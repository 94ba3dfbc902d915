namespace CarPass.Ocr.Extraction;

/// <summary>Splits recognised text into upper-case lines of letter-and-digit tokens.</summary>
internal static class TextTokens
{
    public static IReadOnlyList<IReadOnlyList<string>> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Tokens)
            .Where(tokens => tokens.Count > 0)
            .ToList();

    public static IReadOnlyList<string> Tokens(string line) =>
        line.ToUpperInvariant().Split(c => !char.IsLetterOrDigit(c)).Where(token => token.Length > 0).ToList();

    /// <summary>Every run of neighbouring tokens joined together, shortest runs first: "WVW ZZZ 1JZ…" is one VIN.</summary>
    public static IEnumerable<string> Spans(IReadOnlyList<string> tokens, int minLength, int maxLength)
    {
        for (var count = 1; count <= tokens.Count; count++)
        {
            for (var start = 0; start + count <= tokens.Count; start++)
            {
                var joined = string.Concat(tokens.Skip(start).Take(count));
                if (joined.Length >= minLength && joined.Length <= maxLength)
                    yield return joined;
            }
        }
    }

    private static string[] Split(this string line, Func<char, bool> isSeparator)
    {
        var cleaned = new string(line.Select(c => isSeparator(c) ? ' ' : c).ToArray());
        return cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
