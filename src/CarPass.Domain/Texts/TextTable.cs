namespace CarPass.Domain.Texts;

/// <summary>Builds one language's table from its feature parts; a key defined twice is a bug and fails at start.</summary>
internal static class TextTable
{
    public static IReadOnlyDictionary<string, string> Merge(params IEnumerable<KeyValuePair<string, string>>[] parts)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in parts.SelectMany(p => p))
        {
            merged.Add(key, value);
        }
        return merged;
    }
}
