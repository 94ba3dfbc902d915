using CarPass.Domain.Documents;

namespace CarPass.Data.Documents;

/// <summary>A document as shown: the number masked, whether a photo is kept (never the photo itself).</summary>
public sealed record DocumentView(
    Guid Id,
    DocumentKind Kind,
    string MaskedNumber,
    DateTime? IssuedOn,
    DateTime ExpiresOn,
    bool HasPhoto
)
{
    public DocumentRecord Record => new(Id, Kind, ExpiresOn);
}
