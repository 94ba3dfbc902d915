namespace CarPass.Data.Export;

public sealed record ExportFile(string FileName, string ContentType, byte[] Content);
