using CarPass.Ocr.Samples;

namespace CarPass.Bot.Tests.Ocr;

[Collection(OcrCollection.Name)]
public sealed class CertificatePhotoTests(OcrWorld ocr)
{
    private static readonly CertificateFields Fields = new("Т100ТС197", "1HGGDZ0V29JL63136", "KIA RIO", 2018, "СИНИЙ");

    [Fact]
    public async Task Certificate_fields_are_confirmed_one_by_one_and_only_the_ticked_ones_are_saved()
    {
        const long owner = 7101;
        var car = await ocr.CarAsync(owner, "Rio");

        var offer = await ocr.World.PhotoAsync(owner, OcrImages.Certificate(Fields));
        Assert.Contains("Tick each value that is right", offer.Text);
        Assert.Contains("Colour СИНИЙ", offer.Text);
        var ticked = await ocr.World.TapAsync(owner, offer, "☐ VIN");
        ticked = await ocr.World.TapAsync(owner, ticked, "☐ Year");
        Assert.Contains(ticked.Buttons, b => b.Text.StartsWith("☑ VIN"));
        await ocr.World.TapAsync(owner, ticked, "Save ticked (2)");

        var vehicle = await ocr.VehicleAsync(car);
        Assert.Equal(
            (Fields.Vin, 2018, "Volkswagen", null),
            (vehicle.Vin, vehicle.Year, vehicle.Make, vehicle.PlateNumber)
        );
        var scan = Assert.Single(await ocr.ScansAsync(owner));
        Assert.Equal($"vin={Fields.Vin}; year=2018", scan.ChosenValue);
    }

    [Fact]
    public async Task All_correct_saves_every_field_of_the_certificate_in_one_tap()
    {
        const long owner = 7102;
        var car = await ocr.CarAsync(owner, "Rio");

        var offer = await ocr.World.PhotoAsync(owner, OcrImages.Certificate(Fields));
        var saved = await ocr.World.TapAsync(owner, offer, "All correct");

        var vehicle = await ocr.VehicleAsync(car);
        Assert.Equal(
            (Fields.Vin, Fields.Plate, "KIA", "RIO", 2018),
            (vehicle.Vin, vehicle.PlateNumber, vehicle.Make, vehicle.Model, vehicle.Year)
        );
        Assert.Contains("Passport quality:", saved.Text);
        Assert.DoesNotContain("СИНИЙ", saved.Text);
    }
}
