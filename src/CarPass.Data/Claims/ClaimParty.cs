namespace CarPass.Data.Claims;

/// <summary>One side of a claim, as an operator sees it (to write to them in Telegram).</summary>
public sealed record ClaimParty(long TelegramId, string FirstName, string? Username);
