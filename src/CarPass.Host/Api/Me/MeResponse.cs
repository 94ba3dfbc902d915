namespace CarPass.Host.Api.Me;

/// <summary>GET /api/me: who is signed in, in which language, and their garage at a glance.</summary>
public sealed record MeResponse(string FirstName, string Language, GarageLevelResponse Garage);
