using CarPass.Domain.Documents;

namespace CarPass.Data.Documents;

/// <summary>A vehicle's documents, soonest expiry first, and the owner's day they are judged on.</summary>
public sealed record OwnedDocuments(DateTime Today, IReadOnlyList<DocumentView> Items)
{
    public bool IsLapsed(DocumentView document) => DocumentValidity.IsLapsed(document.Record, Today);

    public int DaysLeft(DocumentView document) => DocumentValidity.DaysLeft(document.Record, Today);

    /// <summary>Superseded by a renewal: a later document of the same kind is on record.</summary>
    public bool IsRenewed(DocumentView document) =>
        Items.Any(d => d.Kind == document.Kind && d.ExpiresOn > document.ExpiresOn);
}
