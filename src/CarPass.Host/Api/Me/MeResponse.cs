namespace CarPass.Host.Api.Me;

/// <summary>
/// GET /api/me: who is signed in and in which language. The garage and its level come with
/// GET /api/my/vehicles, so a page load computes the garage once.
/// </summary>
public sealed record MeResponse(string FirstName, string Language);
