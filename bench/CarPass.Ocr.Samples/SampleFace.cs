namespace CarPass.Ocr.Samples;

/// <summary>One font file, its family, the Debian package that installs it and the set it belongs to.</summary>
public sealed record SampleFace(string Family, string Path, string Package, FontSet Set);
