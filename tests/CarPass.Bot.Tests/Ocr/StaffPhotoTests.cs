using CarPass.Data.Access;
using CarPass.Data.Requests;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.Ocr;

[Collection(OcrCollection.Name)]
public sealed class StaffPhotoTests(OcrWorld ocr)
{
    private const string Vin = "XTA210930Y2696789";

    [Fact]
    public async Task An_employees_photo_becomes_a_correction_the_owner_approves()
    {
        var world = ocr.World;
        await ocr.ReleaseVinsAsync();
        var car = await OwnerCarAsync(world);
        await VerifiedCenterWithEmployeeAsync(world);
        await GrantedAccessAsync(world);
        var menu = await world.SayAsync(Employee, "/center");
        var vehicle = await world.TapAsync(Employee, menu, "Propose a correction");
        var field = await world.TapAsync(Employee, vehicle, "Toyota");
        await world.TapAsync(Employee, field, "VIN");

        var offer = await world.PhotoAsync(Employee, OcrImages.Vin(Vin, font: 1));
        var proposed = await world.TapAsync(Employee, offer, $"VIN {Vin} ✓");
        var ask = await world.NextAsync(Owner);

        Assert.Contains("goes to the owner", offer.Text);
        Assert.Contains(Vin, ask.Text);
        var request = await world.DbAsync(db => db.DataChangeRequests.SingleAsync(r => r.VehicleId == car));
        Assert.Equal((ChangeSource.Ocr, RequestStatus.Pending), (request.Source, request.Status));
        Assert.Null((await ocr.VehicleAsync(car)).Vin);
        world.Tap(Employee, offer, offer.Button("VIN"));
        await ocr.TapNoticeAsync("out of date");

        await world.TapAsync(Owner, ask, "Approve");

        Assert.Equal(Vin, (await ocr.VehicleAsync(car)).Vin);
        Assert.Contains("Proposal sent", proposed.Text);
    }
}
