namespace CarPass.Domain.Documents;

/// <summary>
/// Whether the documents of a kind cover a day: a document is valid through its expiry day, and a
/// renewal (another document of the same kind expiring later) supersedes an older one.
/// </summary>
public static class DocumentValidity
{
    /// <summary>The document of the kind that expires last: the one the owner holds now or held last.</summary>
    public static DocumentRecord? Latest(IEnumerable<DocumentRecord> documents, DocumentKind kind) =>
        documents.Where(d => d.Kind == kind).MaxBy(d => d.ExpiresOn);

    public static bool IsLapsed(DocumentRecord document, DateTime today) => today.Date > document.ExpiresOn.Date;

    public static int DaysLeft(DocumentRecord document, DateTime today) => (document.ExpiresOn.Date - today.Date).Days;
}
