using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Ocr;

[Collection(OcrCollection.Name)]
public sealed class VinPhotoProposalTests(OcrWorld ocr)
{
    private const string Vin = "WVWZZZ1JZXW000001"; // Volkswagen, model year 1999 (or 2029)

    [Fact]
    public async Task A_vin_accepted_from_a_photo_shows_the_year_it_contradicts_and_a_tap_corrects_it()
    {
        const long owner = 7051;
        var car = await ocr.CarAsync(owner, "Golf"); // Volkswagen, 2015
        var offer = await ocr.World.PhotoAsync(owner, OcrImages.Vin(Vin));
        var saved = await ocr.World.TapAsync(owner, offer, $"VIN {Vin} ⚠");
        var proposal = await ocr.World.NextAsync(owner);

        Assert.Contains("Passport quality", saved.Text);
        Assert.Contains("You entered 2015; the VIN's model year is 1999.", proposal.Text);
        Assert.DoesNotContain("You entered Volkswagen", proposal.Text);
        Assert.Equal(2015, (await ocr.VehicleAsync(car)).Year);

        var updates = await UpdatesAsync(car);
        var corrected = await ocr.World.TapAsync(owner, proposal, "Write 1999");

        Assert.Contains("Saved from the VIN: 1999", corrected.Text);
        Assert.Equal(
            ("Volkswagen", 1999),
            ((await ocr.VehicleAsync(car)).Make!, (await ocr.VehicleAsync(car)).Year!.Value)
        );
        Assert.Equal(updates + 1, await UpdatesAsync(car));
    }

    private Task<int> UpdatesAsync(Guid car) =>
        ocr.World.DbAsync(db => db.AuditLog.CountAsync(a => a.Action == "vehicle.updated" && a.EntityId == car));
}
