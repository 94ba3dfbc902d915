using CarPass.Domain.Documents;

namespace CarPass.Data.Documents;

/// <param name="IssuedOn">Optional calendar day; <paramref name="ExpiresOn"/> is the last valid day.</param>
public sealed record DocumentDraft(
    DocumentKind Kind,
    string? Number,
    DateTime? ExpiresOn,
    DateTime? IssuedOn = null,
    string? PhotoFileId = null
);
