using System.Text.Json.Serialization;

namespace CarPass.Host.Jobs.Operator;

public sealed record JobTriggered(
    [property: JsonPropertyName("job_id")] string JobId,
    [property: JsonPropertyName("run_id")] string? RunId
);
