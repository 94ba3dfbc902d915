using CarPass.Data.Ocr;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Ocr;

public sealed class OcrUseCasesTests : IAsyncLifetime
{
    private static readonly OcrCandidate VinCandidate = new(
        OcrField.Vin,
        Garage.ValidVin,
        true,
        OcrReasons.CheckDigitOk
    );
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private OcrUseCases Scans => ActivatorUtilities.CreateInstance<OcrUseCases>(_db.Get<IServiceProvider>());

    [Fact]
    public async Task A_scan_is_kept_with_who_when_and_what_was_proposed()
    {
        var owner = await _db.UserAsync(1001);

        var scan = (await Scans.RecordAsync(owner.Id, OcrKind.Vin, "file-1", [VinCandidate], default)).Ok();

        var stored = await _db.ScalarAsync(c => c.OcrScans.SingleAsync(s => s.Id == scan.Id));
        Assert.Equal(
            (owner.Id, OcrScanStatus.Proposed, "file-1"),
            (stored.UserId, stored.Status, stored.TelegramFileId)
        );
        Assert.Equal(TestDatabase.Start, stored.CreatedAt);
        Assert.Equal([VinCandidate], OcrCandidatesJson.Read(stored.CandidatesJson));
    }

    [Fact]
    public async Task A_scan_that_found_nothing_is_kept_as_discarded()
    {
        var owner = await _db.UserAsync(1001);

        var scan = (await Scans.RecordAsync(owner.Id, OcrKind.Auto, null, [], default)).Ok();

        Assert.Equal(OcrScanStatus.Discarded, scan.Status);
    }

    [Fact]
    public async Task The_owner_confirming_a_vin_changes_the_vehicle_as_their_own_edit()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var scan = (await Scans.RecordAsync(owner.Id, OcrKind.Vin, null, [VinCandidate], default)).Ok();

        var confirmed = (await Scans.ConfirmAsync(owner.Id, scan.Id, car.Id, [VinCandidate], default)).Ok();

        Assert.Equal(OcrScanStatus.Confirmed, confirmed.Status);
        Assert.Equal($"vin={Garage.ValidVin}", confirmed.ChosenValue);
        Assert.Equal(
            Garage.ValidVin,
            await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == car.Id).Select(v => v.Vin).SingleAsync())
        );
        var actions = await _db.ScalarAsync(c => c.AuditLog.Select(a => a.Action).ToListAsync());
        Assert.Contains("vehicle.updated", actions);
        Assert.Contains("ocr.confirmed", actions);
    }

    [Fact]
    public async Task Confirming_a_certificate_sets_every_chosen_field_at_once()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        OcrCandidate[] fields =
        [
            new(OcrField.Plate, "А123ВС77", true, OcrReasons.GostPlate, "RU"),
            new(OcrField.MakeModel, "LADA GRANTA", true, OcrReasons.DocumentLabel),
            new(OcrField.Year, "2019", true, OcrReasons.DocumentLabel),
            new(OcrField.Colour, "БЕЛЫЙ", true, OcrReasons.DocumentLabel),
        ];
        var scan = (await Scans.RecordAsync(owner.Id, OcrKind.Document, null, fields, default)).Ok();

        (await Scans.ConfirmAsync(owner.Id, scan.Id, car.Id, fields, default)).Ok();

        var vehicle = await _db.ScalarAsync(c => c.Vehicles.SingleAsync(v => v.Id == car.Id));
        Assert.Equal(("А123ВС77", "RU"), (vehicle.PlateNumber, vehicle.PlateCountry));
        Assert.Equal(("LADA", "GRANTA", 2019), (vehicle.Make, vehicle.Model, vehicle.Year));
    }

    [Fact]
    public async Task A_value_that_was_not_proposed_is_refused_and_nothing_changes()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var scan = (await Scans.RecordAsync(owner.Id, OcrKind.Vin, null, [VinCandidate], default)).Ok();
        var before = await _db.CountAllRowsAsync();

        var outcome = await Scans.ConfirmAsync(
            owner.Id,
            scan.Id,
            car.Id,
            [VinCandidate with { Value = "WVWZZZ1JZXW000001" }],
            default
        );

        Assert.Equal(OcrErrorCodes.ChoiceUnknown, outcome.Error!.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task A_value_the_passport_refuses_leaves_the_scan_open_for_another_choice()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var wrong = new OcrCandidate(OcrField.Vin, "1M8GDM9A1KP042788", false, OcrReasons.CheckDigitMismatch);
        var scan = (await Scans.RecordAsync(owner.Id, OcrKind.Vin, null, [wrong, VinCandidate], default)).Ok();

        var refused = await Scans.ConfirmAsync(owner.Id, scan.Id, car.Id, [wrong], default);
        var accepted = await Scans.ConfirmAsync(owner.Id, scan.Id, car.Id, [VinCandidate], default);

        Assert.Equal(ErrorCodes.VinCheckDigit, refused.Error!.Code);
        Assert.True(accepted.IsSuccess);
    }

    [Fact]
    public async Task Another_person_cannot_confirm_or_discard_a_scan()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var stranger = await _db.UserAsync(3003);
        var scan = (await Scans.RecordAsync(owner.Id, OcrKind.Vin, null, [VinCandidate], default)).Ok();

        var confirm = await Scans.ConfirmAsync(stranger.Id, scan.Id, car.Id, [VinCandidate], default);
        var discard = await Scans.DiscardAsync(stranger.Id, scan.Id, default);

        Assert.Equal(OcrErrorCodes.ScanNotFound, confirm.Error!.Code);
        Assert.Equal(OcrErrorCodes.ScanNotFound, discard.Error!.Code);
    }

    [Fact]
    public async Task A_decided_scan_stays_decided()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var scan = (await Scans.RecordAsync(owner.Id, OcrKind.Vin, null, [VinCandidate], default)).Ok();
        (await Scans.DiscardAsync(owner.Id, scan.Id, default)).Ok();

        var again = await Scans.ConfirmAsync(owner.Id, scan.Id, car.Id, [VinCandidate], default);

        Assert.Equal(OcrErrorCodes.ScanAlreadyDecided, again.Error!.Code);
        Assert.Null(await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == car.Id).Select(v => v.Vin).SingleAsync()));
    }
}
