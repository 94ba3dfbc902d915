using CarPass.Domain.Documents;

namespace CarPass.Host.Api.Knowledge;

/// <summary>
/// One document as the owner's Mini App shows it. The number only masked; <c>has_photo</c> says a
/// photo is kept, which only the owner's own chat with the bot ever shows.
/// </summary>
/// <param name="Status">"valid", "expiring" (30 days or less), "lapsed" or "renewed" (lapsed, a later one of its kind on record).</param>
public sealed record DocumentResponse(
    Guid Id,
    DocumentKind Kind,
    string KindText,
    string NumberMasked,
    DateOnly? IssuedOn,
    DateOnly ExpiresOn,
    int DaysLeft,
    string Status,
    string StatusText,
    bool HasPhoto
);
