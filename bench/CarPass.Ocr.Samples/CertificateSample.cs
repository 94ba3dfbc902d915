namespace CarPass.Ocr.Samples;

/// <summary>The vehicle side of a Russian registration certificate (СТС): labels and values, one field a line.</summary>
public static class CertificateSample
{
    public static CertificateFields Random(Random random) =>
        new(
            RandomPlate.Next(random) is var (series, region) ? series + region : "",
            RandomVin.Next(random),
            MakesAndModels[random.Next(MakesAndModels.Length)],
            random.Next(2005, 2025),
            Colours[random.Next(Colours.Length)]
        );

    private static readonly string[] MakesAndModels =
    [
        "LADA GRANTA",
        "KIA RIO",
        "TOYOTA CAMRY",
        "VOLKSWAGEN POLO",
        "HYUNDAI SOLARIS",
    ];
    private static readonly string[] Colours = ["БЕЛЫЙ", "ЧЕРНЫЙ", "СЕРЫЙ", "СИНИЙ", "КРАСНЫЙ"];

    public static byte[] Render(CertificateFields fields, SampleStyle style, int seed) =>
        TextSample.Render(
            [
                "СВИДЕТЕЛЬСТВО О РЕГИСТРАЦИИ ТС",
                $"Регистрационный знак {fields.Plate}",
                $"Идентификационный номер (VIN) {fields.Vin}",
                $"Марка, модель {fields.MakeModel}",
                "Тип ТС ЛЕГКОВОЙ",
                $"Год выпуска ТС {fields.Year}",
                $"Цвет {fields.Colour}",
            ],
            style,
            seed
        );
}
