using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Owners;

/// <summary>
/// Dates of the records that show regular data capture. Deleted entries, untrusted readings and
/// visits the owner has not confirmed are not part of the owner's record-keeping.
/// </summary>
public static class RecordDates
{
    public static IEnumerable<DateTime> Of(VehicleSnapshot s) =>
        s
            .FuelEntries.Where(f => !f.IsDeleted)
            .Select(f => f.Date)
            .Concat(s.ChargingSessions.Where(c => !c.IsDeleted).Select(c => c.Date))
            .Concat(s.ServiceEntries.Where(e => !e.IsDeleted).Select(e => e.Date))
            .Concat(s.OdometerReadings.Where(r => r.IsTrusted).Select(r => r.RecordedAt))
            .Concat(s.Visits.Where(v => v.Status == VisitStatus.Confirmed).Select(v => v.VisitDate));
}
