namespace CarPass.Data.Export;

/// <summary>One CSV file of the export: its columns and, for a bundle, its rows as cells in column order.</summary>
public sealed record ExportTable(
    string File,
    string English,
    string Russian,
    IReadOnlyList<ExportColumn> Columns,
    Func<ExportBundle, IEnumerable<object?[]>> Rows
);
