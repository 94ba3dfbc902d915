namespace CarPass.Domain.Documents;

/// <summary>Documents and tyre sets; texts under "error.{code}".</summary>
public static class DocumentErrorCodes
{
    /// <summary>A document needs its number (the argument is the longest allowed).</summary>
    public const string NumberRequired = "document_number_required";

    /// <summary>The expiry date is before the issue date, or further than the longest policy runs.</summary>
    public const string ExpiryInvalid = "document_expiry_invalid";

    /// <summary>No such document on this vehicle, or not the user's: both read the same.</summary>
    public const string DocumentNotFound = "document_not_found";

    /// <summary>A tyre size must read like "205/55 R16".</summary>
    public const string TyreSizeInvalid = "tyre_size_invalid";

    public const string TyreSetNotFound = "tyre_set_not_found";

    /// <summary>A first frost date falls between August and December.</summary>
    public const string FirstFrostInvalid = "first_frost_invalid";

    public static IReadOnlyList<string> All { get; } =
    [NumberRequired, ExpiryInvalid, DocumentNotFound, TyreSizeInvalid, TyreSetNotFound, FirstFrostInvalid];
}
