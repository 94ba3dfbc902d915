using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CarPass.Host.Api;

/// <summary>The API speaks snake_case: property names and enum values ("high_confidence").</summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        // Cyrillic stays readable; HTML-sensitive characters are still escaped.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}
