namespace CarPass.Ocr.Samples;

/// <summary>Which side of the fixed split a font family is on.</summary>
public enum FontSet
{
    /// <summary>Families the reader may be developed and tuned on.</summary>
    Tuning,

    /// <summary>Families never used while tuning: the benchmark's honest row.</summary>
    Unseen,
}
