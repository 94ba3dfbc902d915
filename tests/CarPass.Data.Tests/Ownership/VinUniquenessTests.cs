using CarPass.Data.Access;
using CarPass.Data.Ocr;
using CarPass.Data.Requests;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Domain.Ocr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Ownership;

/// <summary>One VIN, one active passport, on every path that sets a VIN (docs/SERVICE_LOOP.md).</summary>
public sealed class VinUniquenessTests : IAsyncLifetime
{
    private const string Vin = Garage.ValidVin;
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_vin_in_another_owners_passport_is_refused_when_adding_or_editing_and_nothing_changes()
    {
        await VinHolders.OwnerWithVinAsync(_db, 1001, Vin);
        var (other, otherCar) = await Garage.OwnerWithCarAsync(_db, 1002);
        var before = await _db.CountAllRowsAsync();
        var vehicles = _db.Get<VehicleUseCases>();

        var added = await vehicles.AddAsync(other.Id, new VehicleDraft("Mine", Vin: Vin.ToLowerInvariant()), default);
        var edited = await vehicles.UpdateAsync(other.Id, otherCar.Id, new VehicleChanges(Vin: Vin), default);

        Assert.Equal("vin_taken", added.Error?.Code);
        Assert.Equal("vin_taken", edited.Error?.Code);
        Assert.Empty(edited.Error!.Args);
        Assert.Equal(before, await _db.CountAllRowsAsync());
        Assert.Null(
            await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == otherCar.Id).Select(v => v.Vin).SingleAsync())
        );
    }

    [Fact]
    public async Task A_person_typing_a_vin_they_already_have_is_told_which_passport_holds_it()
    {
        var (owner, _) = await VinHolders.OwnerWithVinAsync(_db, 1001, Vin);

        var again = await _db.Get<VehicleUseCases>().AddAsync(owner.Id, new VehicleDraft("Second", Vin: Vin), default);

        Assert.Equal("vin_in_your_garage", again.Error?.Code);
        Assert.Equal(["Golf"], again.Error!.Args);
    }

    [Fact]
    public async Task An_archived_passport_frees_its_vin_and_a_plate_may_repeat()
    {
        var (owner, car) = await VinHolders.OwnerWithVinAsync(_db, 1001, Vin);
        var plate = (
            await _db.Get<VehicleUseCases>()
                .UpdateAsync(owner.Id, car.Id, new VehicleChanges(PlateNumber: "А123ВС77"), default)
        ).Ok();
        (await _db.Get<VehicleUseCases>().ArchiveAsync(owner.Id, car.Id, default)).Ok();
        var buyer = await _db.UserAsync(1002);

        var added = (
            await _db.Get<VehicleUseCases>()
                .AddAsync(
                    buyer.Id,
                    new VehicleDraft("Bought", Vin: Vin, PlateNumber: plate.PlateNumber, PlateCountry: "RU"),
                    default
                )
        ).Ok();
        var third = await _db.UserAsync(1003);
        var samePlate = await _db.Get<VehicleUseCases>()
            .AddAsync(
                third.Id,
                new VehicleDraft("Plate only", PlateNumber: plate.PlateNumber, PlateCountry: "RU"),
                default
            );

        Assert.Equal(Vin, added.Vin);
        Assert.True(samePlate.IsSuccess);
        Assert.True(await _db.Get<VinRegistry>().PlateElsewhereAsync(plate.PlateNumber!, samePlate.Value!.Id, default));
    }

    [Fact]
    public async Task A_centres_correction_cannot_propose_a_taken_vin_and_its_approval_is_refused_if_the_vin_was_taken_meanwhile()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, 1001);
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 30, default)).Ok();
        Task<Domain.Common.Outcome<DataChangeRequest>> Propose() =>
            _db.Get<ChangeRequestUseCases>()
                .ProposeAsync(
                    employee.Id,
                    center.Id,
                    car.Id,
                    VehicleField.Vin,
                    Vin,
                    ChangeSource.ServiceCenter,
                    default
                );
        var proposal = (await Propose()).Ok();
        await VinHolders.OwnerWithVinAsync(_db, 1002, Vin);

        var second = await Propose();
        var approved = await _db.Get<ChangeRequestUseCases>().DecideAsync(owner.Id, proposal.Id, true, default);

        Assert.Equal("vin_taken_elsewhere", second.Error?.Code);
        Assert.Equal("vin_taken", approved.Error?.Code);
        Assert.Null(await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == car.Id).Select(v => v.Vin).SingleAsync()));
        Assert.Equal(
            RequestStatus.Pending,
            await _db.ScalarAsync(c => c.DataChangeRequests.Select(r => r.Status).SingleAsync())
        );
    }

    [Fact]
    public async Task A_vin_confirmed_from_a_photo_is_refused_the_same_way()
    {
        await VinHolders.OwnerWithVinAsync(_db, 1001, Vin);
        var (other, otherCar) = await Garage.OwnerWithCarAsync(_db, 1002);
        var scans = ActivatorUtilities.CreateInstance<OcrUseCases>(_db.Get<IServiceProvider>());
        var candidate = new OcrCandidate(OcrField.Vin, Vin, true, OcrReasons.CheckDigitOk);
        var scan = (await scans.RecordAsync(other.Id, OcrKind.Vin, null, [candidate], default)).Ok();

        var confirmed = await scans.ConfirmAsync(other.Id, scan.Id, otherCar.Id, [candidate], default);

        Assert.Equal("vin_taken", confirmed.Error?.Code);
        Assert.Equal(1, await _db.ScalarAsync(c => c.Vehicles.CountAsync(v => v.Vin == Vin)));
    }

    [Fact]
    public Task Two_owners_typing_the_same_vin_at_once_get_one_passport_and_one_clear_answer() =>
        VinHolders.RaceRoundsAsync(_db);

    [Fact]
    public async Task The_database_refuses_a_second_active_passport_with_the_same_vin_even_past_the_use_cases()
    {
        var (_, car) = await VinHolders.OwnerWithVinAsync(_db, 1001, Vin);

        await Assert.ThrowsAsync<DbUpdateException>(() => Squatters.SecondPassportAsync(_db, Vin));
        Assert.Equal(
            car.Id,
            await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Vin == Vin).Select(v => v.Id).SingleAsync())
        );
    }
}
