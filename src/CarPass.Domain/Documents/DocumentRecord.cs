namespace CarPass.Domain.Documents;

/// <param name="ExpiresOn">The last day the document is valid (a calendar day, its time 00:00).</param>
public sealed record DocumentRecord(Guid Id, DocumentKind Kind, DateTime ExpiresOn);
