using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Bench.Scoring;

/// <summary>
/// A full passport of one vehicle with a given number of records, spread over the years the way a
/// kept car's diary grows: mostly odometer readings and fill-ups, some services and visits, a few
/// reminders. Same seed, same snapshot.
/// </summary>
public static class PassportSamples
{
    public static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    public static VehicleSnapshot WithRecords(int records, int seed = 1)
    {
        var random = new Random(seed);
        var reminders = Math.Clamp(records / 20, 1, 15);
        var rest = records - reminders;
        var visits = rest / 10;
        var service = rest * 15 / 100;
        var fuel = rest * 30 / 100;
        var odometer = rest - visits - service - fuel;
        var start = Now.AddYears(-8);
        var span = (Now - start).TotalDays;
        DateTime At(int i, int count) => start.AddDays(span * i / count).AddHours(random.Next(0, 12));
        int Km(DateTime at) => (int)((at - start).TotalDays * 45);
        var centres = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        return new VehicleSnapshot(
            Guid.NewGuid(),
            new VehicleProfile(
                "Camry",
                "Toyota",
                "Camry",
                2018,
                "JTNB11HK103000001",
                "А123ВС77",
                "RU",
                FuelType.Petrol
            ),
            true,
            [.. Enumerable.Range(0, odometer).Select(i => Reading(At(i, odometer), random, Km))],
            [.. Enumerable.Range(0, fuel).Select(i => Fill(At(i, fuel), random, Km))],
            [.. Enumerable.Range(0, service).Select(i => Service(At(i, service), random, Km))],
            [.. Enumerable.Range(0, visits).Select(i => Visit(At(i, visits), random, Km, centres))],
            [.. Enumerable.Range(0, reminders).Select(i => Reminder(i, Now.AddMonths(-random.Next(1, 14)), random))],
            []
        );
    }

    private static OdometerRecord Reading(DateTime at, Random random, Func<DateTime, int> km) =>
        new(km(at), at, random.Next(10) == 0 ? OdometerSource.Service : OdometerSource.Owner, random.Next(20) != 0);

    private static FuelRecord Fill(DateTime at, Random random, Func<DateTime, int> km) =>
        new(at, 30 + random.Next(25), km(at), random.Next(5) != 0, random.Next(30) == 0, at);

    private static ServiceRecord Service(DateTime at, Random random, Func<DateTime, int> km) =>
        new((ServiceKind)random.Next(15), at, km(at), at, random.Next(25) == 0);

    private static VisitRecord Visit(DateTime at, Random random, Func<DateTime, int> km, Guid[] centres)
    {
        var centre = random.Next(centres.Length);
        var status = random.Next(10) switch
        {
            0 => VisitStatus.PendingConfirmation,
            1 => VisitStatus.Disputed,
            2 => VisitStatus.Rejected,
            _ => VisitStatus.Confirmed,
        };
        return new VisitRecord(
            Guid.NewGuid(),
            centres[centre],
            centre < 3,
            status,
            at,
            km(at),
            at,
            status == VisitStatus.Disputed
        );
    }

    private static ReminderRecord Reminder(int index, DateTime lastDone, Random random) =>
        new(Guid.NewGuid(), (ServiceKind)index, 10_000 + 5_000 * random.Next(3), 12, lastDone, null);
}
