using System.Text.RegularExpressions;
using CarPass.Data.Ocr;

namespace CarPass.Bot.Tests.Ocr;

[Collection(OcrCollection.Name)]
public sealed class OwnerPhotoTests(OcrWorld ocr)
{
    private const string Vin = "WVWZZZ1JZXW000001";

    [Fact]
    public async Task A_vin_photo_is_saved_only_when_the_owner_taps_it_and_the_passport_shows_the_change()
    {
        const long owner = 7001;
        var car = await ocr.CarAsync(owner, "Golf");
        var actions = ocr.World.Api.CountCalls("sendChatAction");

        var offer = await ocr.World.PhotoAsync(owner, OcrImages.Vin(Vin));

        Assert.Contains("tap the right value", offer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(ocr.World.Api.CountCalls("sendChatAction") > actions);
        Assert.Null((await ocr.VehicleAsync(car)).Vin);
        // Without a check digit (position 9 is Z) the reading is offered, never as sure.
        var saved = await ocr.World.TapAsync(owner, offer, $"VIN {Vin} ⚠");

        var quality = Regex.Match(saved.Text, @"Passport quality: (\d+) % → (\d+) %");
        Assert.True(quality.Success, saved.Text);
        Assert.True(int.Parse(quality.Groups[2].Value) > int.Parse(quality.Groups[1].Value), saved.Text);
        Assert.Equal(Vin, (await ocr.VehicleAsync(car)).Vin);
        var scan = Assert.Single(await ocr.ScansAsync(owner));
        Assert.Equal(
            (OcrScanStatus.Confirmed, car, $"vin={Vin}"),
            (scan.Status, scan.VehicleId!.Value, scan.ChosenValue)
        );
    }

    [Fact]
    public async Task A_candidate_tapped_a_second_time_is_out_of_date()
    {
        const long owner = 7002;
        var car = await ocr.CarAsync(owner, "Passat");
        var offer = await ocr.World.PhotoAsync(owner, OcrImages.Vin(Vin));
        await ocr.World.TapAsync(owner, offer, "VIN");
        var updated = (await ocr.VehicleAsync(car)).UpdatedAt;

        ocr.World.Tap(owner, offer, offer.Button("VIN"));

        await ocr.TapNoticeAsync("out of date");
        Assert.Equal(updated, (await ocr.VehicleAsync(car)).UpdatedAt);
    }

    [Fact]
    public async Task An_image_sent_as_a_file_is_read_too_in_russian()
    {
        const long owner = 7003;
        var car = await ocr.CarAsync(owner, "Поло", "ru");

        var offer = await ocr.World.DocumentAsync(owner, OcrImages.Plate("А123ВС", "77"), "image/png", "ru");
        var saved = await ocr.World.TapAsync(owner, offer, "Госномер А123ВС77", "ru");

        Assert.Contains("Сохранено с фото: Госномер А123ВС77", saved.Text);
        Assert.Contains("Качество паспорта:", saved.Text);
        Assert.Equal("А123ВС77", (await ocr.VehicleAsync(car)).PlateNumber);
    }

    [Fact]
    public async Task With_several_cars_the_owner_picks_which_one_after_the_read()
    {
        const long owner = 7004;
        var golf = await ocr.CarAsync(owner, "Golf");
        var polo = await ocr.CarAsync(owner, "Polo");

        var question = await ocr.World.PhotoAsync(owner, OcrImages.Vin(Vin));
        Assert.Contains("Which vehicle?", question.Text);
        var offer = await ocr.World.TapAsync(owner, question, "Polo");
        await ocr.World.TapAsync(owner, offer, "VIN");

        Assert.Equal(Vin, (await ocr.VehicleAsync(polo)).Vin);
        Assert.Null((await ocr.VehicleAsync(golf)).Vin);
    }

    [Fact]
    public async Task A_photo_at_the_vin_step_of_vehicle_details_is_for_that_car()
    {
        const long owner = 7005;
        await ocr.CarAsync(owner, "Golf");
        var tiguan = await ocr.CarAsync(owner, "Tiguan");
        await ocr.World.SayAsync(owner, $"/start fix_vin_{tiguan:N}");

        var offer = await ocr.World.PhotoAsync(owner, OcrImages.Vin(Vin));
        await ocr.World.TapAsync(owner, offer, "VIN");
        var proposal = await ocr.World.NextAsync(owner); // the VIN's model year (1999) against the typed 2015
        var afterwards = await ocr.World.SayAsync(owner, "thanks");

        Assert.Equal(Vin, (await ocr.VehicleAsync(tiguan)).Vin);
        Assert.Contains("the VIN's model year is 1999", proposal.Text);
        Assert.Contains("I did not catch that", afterwards.Text);
    }

    [Fact]
    public async Task Another_photo_and_type_it_keep_nothing_from_the_reading()
    {
        const long owner = 7006;
        var car = await ocr.CarAsync(owner, "Jetta");

        var first = await ocr.World.PhotoAsync(owner, OcrImages.Vin(Vin));
        var again = await ocr.World.TapAsync(owner, first, "Another photo");
        var second = await ocr.World.PhotoAsync(owner, OcrImages.Vin(Vin));
        var typing = await ocr.World.TapAsync(owner, second, "Type it");
        await ocr.World.SayAsync(owner, "XTA210930Y2696789");

        Assert.Contains("Send another photo", again.Text);
        Assert.Contains("VIN: send the value", typing.Text);
        Assert.Equal("XTA210930Y2696789", (await ocr.VehicleAsync(car)).Vin);
        Assert.All(await ocr.ScansAsync(owner), s => Assert.Equal(OcrScanStatus.Discarded, s.Status));
    }

    [Fact]
    public async Task Without_a_car_the_owner_is_told_to_add_one_and_nothing_is_downloaded()
    {
        const long owner = 7007;
        await ocr.World.SayAsync(owner, "/start");
        var downloads = ocr.World.Api.CountCalls("getFile");

        var answer = await ocr.World.PhotoAsync(owner, OcrImages.Vin(Vin));

        Assert.Contains("Add your vehicle first", answer.Text);
        Assert.Contains(answer.Buttons, b => b.Text.Contains("Add a vehicle"));
        Assert.Equal(downloads, ocr.World.Api.CountCalls("getFile"));
        Assert.Empty(await ocr.ScansAsync(owner));
    }
}
