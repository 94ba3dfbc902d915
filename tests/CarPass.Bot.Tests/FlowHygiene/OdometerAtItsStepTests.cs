using CarPass.Bot.Tests.Support;
using CarPass.Data.Odometer;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.FlowHygiene;

/// <summary>
/// A typed odometer is checked at its step with the rule of the flow's write path; a refusal at the
/// end asks that step again and nothing else. The owner's Camry reads 50 000 km, trusted, today.
/// </summary>
public sealed class OdometerAtItsStepTests : IAsyncLifetime
{
    private BotWorld _world = null!;
    private Guid _car;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        _car = await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
        await GrantedAccessAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_visit_odometer_above_a_later_reading_is_refused_before_the_work_is_asked()
    {
        var km = await VisitKmStepYesterdayAsync();

        var refused = await _world.SayAsync(Employee, "60000");
        var kinds = await _world.SayAsync(Employee, "49000");

        Assert.Contains("more than a later trusted reading (50", refused.Text);
        Assert.Contains("Odometer, km?", refused.Text);
        Assert.DoesNotContain("Tap every kind", refused.Text);
        Assert.Contains("Tap every kind", kinds.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.ServiceVisits.CountAsync()));
        // The question answered by text lost its buttons; the refusal asked it anew below.
        Assert.Contains((Employee, km.MessageId), _world.Api.KeyboardsRemoved);
        Assert.Contains((Employee, refused.MessageId), _world.Api.KeyboardsRemoved);
    }

    [Fact]
    public async Task A_visit_refused_at_the_end_asks_only_the_odometer_again_and_keeps_the_rest()
    {
        var km = await VisitKmStepYesterdayAsync();
        var kinds = await _world.SayAsync(Employee, "49000");
        var oil = await _world.TapAsync(Employee, kinds, "Engine oil");
        var more = await _world.TapAsync(Employee, oil, "Done");
        await _world.TapAsync(Employee, more, "Skip");
        var cost = await _world.SayAsync(Employee, "Oil filter");
        var note = await _world.TapAsync(Employee, cost, "Skip");
        // Meanwhile the car showed less than 49 000 at a trusted reading after the visit's day.
        await LaterTrustedReadingAsync(48_500);

        var refused = await _world.TapAsync(Employee, note, "Skip");
        var recorded = await _world.SayAsync(Employee, "48000");

        Assert.Contains("more than a later trusted reading (48", refused.Text);
        Assert.Contains("Odometer, km?", refused.Text);
        Assert.Contains("Visit recorded", recorded.Text);
        var visit = await _world.DbAsync(db => db.ServiceVisits.SingleAsync());
        Assert.Equal(48_000, visit.OdometerKm);
        Assert.Equal([ServiceKind.EngineOil], visit.WorkKinds);
        Assert.Equal("Oil filter", visit.Parts);
    }

    [Fact]
    public async Task A_fuel_odometer_below_the_trusted_reading_is_refused_before_the_fill_is_asked()
    {
        var litres = await _world.SayAsync(Owner, "/fuel");
        var price = await _world.SayAsync(Owner, "40");
        var km = await _world.TapAsync(Owner, price, "Skip");

        var refused = await _world.SayAsync(Owner, "40000");
        var fill = await _world.SayAsync(Owner, "50100");

        Assert.Contains("How many litres?", litres.Text);
        Assert.Contains("Odometer at the fill-up", km.Text);
        Assert.Contains("less than the last trusted reading (50", refused.Text);
        Assert.Contains("Odometer at the fill-up", refused.Text);
        Assert.DoesNotContain("Was the tank filled up?", refused.Text);
        Assert.Contains("Was the tank filled up?", fill.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.FuelEntries.CountAsync()));
    }

    [Fact]
    public async Task A_mileage_below_the_trusted_reading_is_refused_at_its_step_in_russian()
    {
        await _world.DbAsync(db =>
            db.Users.Where(u => u.TelegramId == Owner).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "ru"))
        );
        await _world.SayAsync(Owner, "/mileage", "ru");

        var refused = await _world.SayAsync(Owner, "49000", "ru");

        Assert.Contains("меньше последнего подтверждённого показания", refused.Text);
        Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync(r => r.VehicleId == _car)));
    }

    private async Task<Fake.SentMessage> VisitKmStepYesterdayAsync()
    {
        var menu = await _world.SayAsync(Employee, "/center");
        var vehicle = await _world.TapAsync(Employee, menu, "Record a visit");
        var date = await _world.TapAsync(Employee, vehicle, "Toyota");
        return await _world.TapAsync(Employee, date, "Yesterday");
    }

    private Task LaterTrustedReadingAsync(int km) =>
        _world.DbAsync(db =>
        {
            db.OdometerReadings.Add(
                new OdometerReading
                {
                    VehicleId = _car,
                    ValueKm = km,
                    RecordedAt = DateTime.UtcNow.AddHours(-1),
                    Source = OdometerSource.Service,
                    IsTrusted = true,
                    CreatedAt = DateTime.UtcNow,
                }
            );
            return db.SaveChangesAsync();
        });
}
