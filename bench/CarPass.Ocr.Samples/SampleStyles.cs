namespace CarPass.Ocr.Samples;

/// <summary>How a sample is drawn and spoiled, drawn at random from a set of faces.</summary>
public static class SampleStyles
{
    public static SampleStyle Crop(Random random, IReadOnlyList<int> faces, bool hard) =>
        hard
            ? new SampleStyle(
                Face(random, faces),
                random.Next(22, 60),
                (float)(random.NextDouble() * 10 - 5),
                random.Next(8, 30),
                (float)(0.4 + random.NextDouble() * 1.2),
                random.Next(4) == 0 ? null : random.Next(25, 80),
                random.Next(3) == 0 ? SampleBackground.Paper : SampleBackground.Photo
            )
            : new SampleStyle(
                Face(random, faces),
                random.Next(28, 56),
                (float)(random.NextDouble() * 2 - 1),
                random.Next(0, 6),
                (float)(random.NextDouble() * 0.5),
                random.Next(2) == 0 ? null : random.Next(75, 95),
                random.Next(2) == 0 ? SampleBackground.White : SampleBackground.Paper
            );

    /// <summary>A certificate on a table: slightly turned, some noise and blur, a phone JPEG on paper.</summary>
    public static SampleStyle Certificate(Random random, IReadOnlyList<int> faces) =>
        new(
            Face(random, faces),
            random.Next(26, 40),
            (float)(random.NextDouble() * 4 - 2),
            random.Next(0, 12),
            (float)(random.NextDouble() * 0.7),
            random.Next(50, 92),
            SampleBackground.Paper
        );

    /// <summary>The object itself before it is placed in a scene: sharp and lossless, the scene spoils it.</summary>
    public static SampleStyle SceneObject(Random random, IReadOnlyList<int> faces) =>
        new(Face(random, faces), random.Next(36, 60), 0, 0, 0, null, SampleBackground.White);

    private static int Face(Random random, IReadOnlyList<int> faces) => faces[random.Next(faces.Count)];
}
