using CarPass.Data.Export;

namespace CarPass.Host.Api.Export;

/// <summary>The format names the API and the CLI take: zip (the default) or json.</summary>
internal static class ExportFormats
{
    public static ExportFormat? Parse(string? name) =>
        name?.Trim().ToLowerInvariant() switch
        {
            null or "" or "zip" or "csv" => ExportFormat.Zip,
            "json" => ExportFormat.Json,
            _ => null,
        };
}
