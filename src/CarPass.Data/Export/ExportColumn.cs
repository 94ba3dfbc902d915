namespace CarPass.Data.Export;

/// <summary>A column of an exported table and what it means, in English and Russian (for the README inside the ZIP).</summary>
public sealed record ExportColumn(string Name, string English, string Russian);
