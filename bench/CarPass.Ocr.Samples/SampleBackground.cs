namespace CarPass.Ocr.Samples;

public enum SampleBackground
{
    White,
    Paper,

    /// <summary>An uneven, coloured, shaded surface with shapes around the text, like a windscreen or a door pillar.</summary>
    Photo,
}
