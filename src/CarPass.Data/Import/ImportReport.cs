namespace CarPass.Data.Import;

/// <summary>What an import did (or, checked first, would do): every row found is imported, a duplicate or rejected.</summary>
public sealed record ImportReport(
    ImportFormat Format,
    int RowsFound,
    int Imported,
    int Duplicates,
    IReadOnlyList<RejectedRow> Rejected
);
