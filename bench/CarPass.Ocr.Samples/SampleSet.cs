namespace CarPass.Ocr.Samples;

/// <summary>Reproducible sets of photos: VIN and plate crops, registration certificates and whole scenes.</summary>
public static class SampleSet
{
    /// <summary>VIN and plate crops, from clean prints to tilted, noisy, blurred phone shots, in one set's fonts.</summary>
    public static IReadOnlyList<Sample> Generate(int count, int seed, FontSet fonts = FontSet.Tuning)
    {
        var random = new Random(seed);
        var faces = SampleFonts.Of(fonts);
        var samples = new List<Sample>(count);
        for (var i = 0; i < count; i++)
        {
            var style = SampleStyles.Crop(random, faces, hard: i % 5 >= 2);
            samples.Add(i % 2 == 0 ? Vin(i, style, random) : Plate(i, style, random));
        }
        return samples;
    }

    /// <summary>Registration certificates photographed on a table, in the set's faces that draw Cyrillic.</summary>
    public static IReadOnlyList<Sample> Certificates(int count, int seed, FontSet fonts)
    {
        var random = new Random(seed);
        var faces = SampleFonts.Of(fonts).Where(SampleFonts.HasCyrillic).ToList();
        return Enumerable
            .Range(0, count)
            .Select(i =>
            {
                var fields = CertificateSample.Random(random);
                var style = SampleStyles.Certificate(random, faces);
                var image = CertificateSample.Render(fields, style, random.Next());
                return new Sample($"cert-{i:000}", SampleKind.Certificate, fields.Vin, style, image, fields.Plate);
            })
            .ToList();
    }

    /// <summary>A VIN plate or a licence plate somewhere in a larger photo, half of each.</summary>
    public static IReadOnlyList<Sample> Scenes(int count, int seed, FontSet fonts)
    {
        var random = new Random(seed);
        var faces = SampleFonts.Of(fonts);
        return Enumerable
            .Range(0, count)
            .Select(i =>
            {
                var crop =
                    i % 2 == 0
                        ? Vin(i, SampleStyles.SceneObject(random, faces), random)
                        : Plate(i, SampleStyles.SceneObject(random, faces), random);
                var image = SceneSample.Render(crop.Image, crop.Style.Font, random.Next());
                var style = crop.Style with { JpegQuality = 80, Background = SampleBackground.Photo };
                return crop with { Name = $"scene-{crop.Name}", Style = style, Image = image };
            })
            .ToList();
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
}
