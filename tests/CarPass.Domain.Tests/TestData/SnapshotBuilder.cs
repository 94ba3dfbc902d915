using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.TestData;

/// <summary>Builds vehicle snapshots for tests; every record defaults to <see cref="Now"/>.</summary>
public sealed class SnapshotBuilder
{
    public static readonly DateTime Now = new(2025, 6, 15, 12, 0, 0, DateTimeKind.Utc);

    public const string ValidVin = "1M8GDM9AXKP042788";

    public static readonly VehicleProfile FullProfile = new(
        Name: "Daily",
        Make: "Skoda",
        Model: "Octavia",
        Year: 2019,
        Vin: ValidVin,
        PlateNumber: "А123ВС77",
        PlateCountry: "RU",
        FuelType: FuelType.Petrol,
        ConsumptionBaselineLPer100Km: 7.2,
        EngineOilType: "5W-30",
        EngineOilVolumeL: 4.3,
        TransmissionFluid: "G 052 182",
        CoolantType: "G13",
        BrakeFluidType: "DOT 4"
    );

    private readonly List<OdometerRecord> odometer = [];
    private readonly List<FuelRecord> fuel = [];
    private readonly List<ServiceRecord> services = [];
    private readonly List<VisitRecord> visits = [];
    private readonly List<ReminderRecord> reminders = [];
    private readonly List<ChargingRecord> charging = [];
    private VehicleProfile profile = new();
    private bool hasOwner = true;
    private bool obdConnected;

    public Guid VehicleId { get; } = Guid.NewGuid();

    public SnapshotBuilder WithProfile(VehicleProfile value)
    {
        profile = value;
        return this;
    }

    public SnapshotBuilder WithoutOwner()
    {
        hasOwner = false;
        return this;
    }

    public SnapshotBuilder WithObd()
    {
        obdConnected = true;
        return this;
    }

    public SnapshotBuilder WithOdometer(int km, DateTime? at = null, bool trusted = true)
    {
        odometer.Add(new OdometerRecord(km, at ?? Now, OdometerSource.Owner, trusted));
        return this;
    }

    public SnapshotBuilder WithFuel(
        double litres,
        int? km,
        bool full = true,
        bool missedPrevious = false,
        DateTime? date = null,
        bool deleted = false
    )
    {
        var day = date ?? Now.AddDays(fuel.Count);
        fuel.Add(new FuelRecord(day, litres, km, full, missedPrevious, day, deleted));
        return this;
    }

    public SnapshotBuilder WithCharge(
        double kwh,
        int? km,
        int? socBefore = null,
        int? socAfter = null,
        DateTime? date = null,
        bool deleted = false
    )
    {
        var day = date ?? Now.AddDays(charging.Count);
        charging.Add(new ChargingRecord(day, kwh, km, socBefore, socAfter, day, deleted));
        return this;
    }

    public SnapshotBuilder WithService(
        ServiceKind kind = ServiceKind.EngineOil,
        DateTime? date = null,
        int? km = null,
        bool deleted = false
    )
    {
        var day = date ?? Now;
        services.Add(new ServiceRecord(kind, day, km, day, deleted));
        return this;
    }

    public SnapshotBuilder WithVisit(
        VisitStatus status = VisitStatus.Confirmed,
        bool centerVerified = true,
        DateTime? date = null,
        int? km = null,
        Guid? centerId = null,
        DateTime? createdAt = null,
        bool unresolvedDispute = false,
        IReadOnlyList<ServiceKind>? work = null
    )
    {
        var day = date ?? Now;
        visits.Add(
            new VisitRecord(
                Guid.NewGuid(),
                centerId ?? Guid.NewGuid(),
                centerVerified,
                status,
                day,
                km,
                createdAt ?? day,
                unresolvedDispute,
                work
            )
        );
        return this;
    }

    public SnapshotBuilder WithReminder(
        int? intervalKm = null,
        int? intervalMonths = null,
        DateTime? lastDoneAt = null,
        int? lastDoneKm = null,
        bool active = true,
        ServiceKind kind = ServiceKind.EngineOil
    )
    {
        reminders.Add(
            new ReminderRecord(Guid.NewGuid(), kind, intervalKm, intervalMonths, lastDoneAt, lastDoneKm, active)
        );
        return this;
    }

    public VehicleSnapshot Build() =>
        new(
            VehicleId,
            profile,
            hasOwner,
            [.. odometer],
            [.. fuel],
            [.. services],
            [.. visits],
            [.. reminders],
            [.. charging],
            obdConnected
        );
}
