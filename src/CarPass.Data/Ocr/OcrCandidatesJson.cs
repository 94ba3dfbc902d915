using System.Text.Json;
using System.Text.Json.Serialization;
using CarPass.Domain.Ocr;

namespace CarPass.Data.Ocr;

/// <summary>How a scan's candidates are kept in ocr_scans.candidates_json.</summary>
public static class OcrCandidatesJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write(IReadOnlyList<OcrCandidate> candidates) => JsonSerializer.Serialize(candidates, Options);

    public static IReadOnlyList<OcrCandidate> Read(string json) =>
        JsonSerializer.Deserialize<List<OcrCandidate>>(json, Options) ?? [];
}
