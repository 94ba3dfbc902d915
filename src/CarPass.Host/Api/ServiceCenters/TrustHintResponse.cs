namespace CarPass.Host.Api.ServiceCenters;

/// <summary>Something the centre could do now to raise its trust (the bot's /center shows the same list).</summary>
public sealed record TrustHintResponse(string Code, int Count, string Text);
