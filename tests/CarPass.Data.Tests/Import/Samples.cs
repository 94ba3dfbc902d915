namespace CarPass.Data.Tests.Import;

/// <summary>The import test files in tests/samples/import, made to match the trackers' documented columns (docs/EXPORT.md).</summary>
public static class Samples
{
    public static byte[] Read(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "import", name));
}
