using System.Text.Json;
using System.Text.Json.Serialization;
using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>
/// The outbox row's payload: the items the nudge covers (what makes the next sweep skip them), the
/// facts to render, and the centre behind a confirmation request (for per-centre mutes).
/// </summary>
public sealed record NudgePayload(IReadOnlyList<string> Covers, NudgeFacts Facts, Guid? ServiceCenterId = null)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static NudgePayload Read(string json) =>
        JsonSerializer.Deserialize<NudgePayload>(json, Json) ?? new NudgePayload([], new NudgeFacts());
}
