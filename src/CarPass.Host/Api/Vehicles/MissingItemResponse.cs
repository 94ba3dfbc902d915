namespace CarPass.Host.Api.Vehicles;

/// <summary>Something that would raise the passport quality, explained, with the bot flow that adds it.</summary>
public sealed record MissingItemResponse(
    string Code,
    int Weight,
    bool Attainable,
    string Title,
    string Why,
    string NextAction,
    string? DeepLink
);
