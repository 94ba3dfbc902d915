namespace CarPass.Data.Import;

/// <summary>A file read and recognised: its readable rows and the rows it could not read.</summary>
public sealed record ParsedImport(
    ImportFormat Format,
    int RowsFound,
    IReadOnlyList<ImportRow> Rows,
    IReadOnlyList<RejectedRow> Unreadable
);
