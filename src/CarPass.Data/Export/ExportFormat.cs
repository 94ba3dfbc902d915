namespace CarPass.Data.Export;

public enum ExportFormat
{
    /// <summary>A ZIP of CSV files with a README describing every column, for people and spreadsheets.</summary>
    Zip,

    /// <summary>One JSON document with the same data, for machines.</summary>
    Json,
}
