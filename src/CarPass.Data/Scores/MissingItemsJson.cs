using System.Text.Json;
using CarPass.Domain.Scoring;

namespace CarPass.Data.Scores;

/// <summary>How the missing items of a stored score are written and read back.</summary>
public static class MissingItemsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static IReadOnlyList<MissingItem> Read(string json) =>
        JsonSerializer.Deserialize<List<MissingItem>>(json, Options) ?? [];
}
