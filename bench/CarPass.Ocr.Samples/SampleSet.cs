namespace CarPass.Ocr.Samples;

/// <summary>A reproducible mix of VIN and plate photos, from clean prints to tilted, noisy, blurred phone shots.</summary>
public static class SampleSet
{
    public static IReadOnlyList<Sample> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var samples = new List<Sample>(count);
        for (var i = 0; i < count; i++)
        {
            var style = Style(random, hard: i % 5 >= 2);
            samples.Add(i % 2 == 0 ? Vin(i, style, random) : Plate(i, style, random));
        }
        return samples;
    }

    public static Sample Vin(int index, SampleStyle style, Random random)
    {
        var vin = RandomVin.Next(random);
        string[] lines = (index / 2 % 3) switch
        {
            0 => [vin],
            1 => [$"VIN: {vin}"],
            _ => ["MADE IN EU   M 1650 KG", vin],
        };
        return new Sample(
            $"vin-{index:000}",
            SampleKind.Vin,
            vin,
            style,
            TextSample.Render(lines, style, random.Next())
        );
    }

    public static Sample Plate(int index, SampleStyle style, Random random)
    {
        var (series, region) = RandomPlate.Next(random);
        var image = PlateSample.Render(series, region, style, random.Next());
        return new Sample($"plate-{index:000}", SampleKind.Plate, series + region, style, image);
    }

    public static SampleStyle Style(Random random, bool hard) =>
        hard
            ? new SampleStyle(
                random.Next(SampleFonts.Count),
                random.Next(22, 60),
                (float)(random.NextDouble() * 10 - 5),
                random.Next(8, 30),
                (float)(0.4 + random.NextDouble() * 1.2),
                random.Next(4) == 0 ? null : random.Next(25, 80),
                random.Next(3) == 0 ? SampleBackground.Paper : SampleBackground.Photo
            )
            : new SampleStyle(
                random.Next(SampleFonts.Count),
                random.Next(28, 56),
                (float)(random.NextDouble() * 2 - 1),
                random.Next(0, 6),
                (float)(random.NextDouble() * 0.5),
                random.Next(2) == 0 ? null : random.Next(75, 95),
                random.Next(2) == 0 ? SampleBackground.White : SampleBackground.Paper
            );
}
