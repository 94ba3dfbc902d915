using System.Linq.Expressions;
using CarPass.Data.Charging;
using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Reminders;
using CarPass.Data.Service;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Scores;

/// <summary>A record of the scoring library with the vehicle it belongs to.</summary>
internal readonly record struct Keyed<T>(Guid VehicleId, T Record);

/// <summary>How each stored record becomes the record the scoring library reads, with its vehicle.</summary>
internal static class SnapshotRows
{
    public static readonly Expression<Func<OdometerReading, Keyed<OdometerRecord>>> Odometer = r =>
        new(r.VehicleId, new OdometerRecord(r.ValueKm, r.RecordedAt, r.Source, r.IsTrusted));

    public static readonly Expression<Func<FuelEntry, Keyed<FuelRecord>>> Fuel = f =>
        new(
            f.VehicleId,
            new FuelRecord(
                f.FilledAt,
                f.Litres,
                f.OdometerKm,
                f.IsFullTank,
                f.MissedPrevious,
                f.CreatedAt,
                f.DeletedAt != null
            )
        );

    public static readonly Expression<Func<ChargingSession, Keyed<ChargingRecord>>> Charging = c =>
        new(
            c.VehicleId,
            new ChargingRecord(
                c.ChargedAt,
                c.Kwh,
                c.OdometerKm,
                c.SocBefore,
                c.SocAfter,
                c.CreatedAt,
                c.DeletedAt != null
            )
        );

    public static readonly Expression<Func<ServiceEntry, Keyed<ServiceRecord>>> Service = s =>
        new(s.VehicleId, new ServiceRecord(s.Kind, s.PerformedAt, s.OdometerKm, s.CreatedAt, s.DeletedAt != null));

    public static readonly Expression<Func<MaintenanceReminder, Keyed<ReminderRecord>>> Reminder = r =>
        new(
            r.VehicleId,
            new ReminderRecord(r.Id, r.Kind, r.IntervalKm, r.IntervalMonths, r.LastDoneAt, r.LastDoneKm, r.IsActive)
        );

    public static VehicleProfile Profile(Vehicle v) =>
        new(
            v.Name,
            v.Make,
            v.Model,
            v.Year,
            v.Vin,
            v.PlateNumber,
            v.PlateCountry,
            v.FuelType,
            v.ConsumptionBaselineLPer100Km,
            v.EngineOilType,
            v.EngineOilVolumeL,
            v.TransmissionFluid,
            v.CoolantType,
            v.BrakeFluidType
        );
}
