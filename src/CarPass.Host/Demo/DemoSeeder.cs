using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Persistence;
using CarPass.Data.Reminders;
using CarPass.Data.Service;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Demo;

/// <summary>
/// A demo garage for newcomers and manual testing, written through the same use cases as real
/// data. Running it again changes nothing.
/// </summary>
internal sealed class DemoSeeder(
    CarPassDbContext db,
    UserUseCases users,
    VehicleUseCases vehicles,
    FuelUseCases fuel,
    OdometerUseCases odometer,
    ServiceEntryUseCases service,
    ReminderUseCases reminders,
    ServiceCenterUseCases centers,
    VisitUseCases visits,
    DemoKnowledgeSeeder knowledge,
    TimeProvider clock
)
{
    public const long OwnerTelegramId = 100000001;
    public const long EmployeeTelegramId = 100000002;
    public const long OperatorTelegramId = 100000003;
    private const int CamryOdometerKm = 80_900;

    public async Task<int> RunAsync(TextWriter output, CancellationToken ct)
    {
        var owner = Must(
            await users.EnsureAsync(new TelegramProfile(OwnerTelegramId, "Алексей", "Демо", null, "ru"), false, ct)
        );
        if (await db.VehicleAccessGrants.AnyAsync(g => g.UserId == owner.Id, ct))
        {
            await output.WriteLineAsync("Demo garage already exists: nothing to do.");
            return 0;
        }
        var employee = Must(
            await users.EnsureAsync(new TelegramProfile(EmployeeTelegramId, "Сергей", "Мастер", null, "ru"), false, ct)
        );
        var admin = Must(
            await users.EnsureAsync(new TelegramProfile(OperatorTelegramId, "Operator", null, null, "en"), true, ct)
        );
        var center = Must(
            await centers.RegisterAsync(
                employee.Id,
                new ServiceCenterDraft("Автосервис «Мотор»", "Москва", "ул. Лесная, 5", "+7 495 000-00-00"),
                ct
            )
        );
        Must(await centers.SetVerificationAsync(admin.Id, center.Id, true, null, ct));

        var camry = await SeedWellKeptCarAsync(owner.Id, employee.Id, center.Id, ct);
        var vesta = await SeedNeglectedCarAsync(owner.Id, ct);
        await knowledge.SeedWellKeptCarAsync(owner, camry.Id, CamryOdometerKm, ct);
        await knowledge.SeedNeglectedCarAsync(owner, vesta.Id, ct);
        await output.WriteLineAsync(
            $"Demo garage created: owner {OwnerTelegramId}, vehicles {camry.Id} and {vesta.Id}, service centre {center.Id} (employee {EmployeeTelegramId})."
        );
        return 0;
    }

    private async Task<Vehicle> SeedWellKeptCarAsync(Guid ownerId, Guid employeeId, Guid centerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var car = Must(
            await vehicles.AddAsync(
                ownerId,
                new VehicleDraft(
                    "Camry",
                    "Toyota",
                    "Camry",
                    2019,
                    "JTNB11HK003079841",
                    "А123ВС77",
                    "RU",
                    null,
                    FuelType.Petrol
                ),
                ct
            )
        );
        Must(
            await vehicles.UpdateAsync(
                ownerId,
                car.Id,
                new VehicleChanges(
                    EngineOilType: "5W-30",
                    EngineOilVolumeL: 4.5,
                    TransmissionFluid: "ATF WS",
                    CoolantType: "Toyota SLLC",
                    BrakeFluidType: "DOT 4"
                ),
                ct
            )
        );
        // Full tanks, logged now and then at first (each after fill-ups not logged, so no consumption is
        // measured across the gap), then every fill of the last month: about 8.5 l/100 km.
        var fills = new (int DaysAgo, int Km, double Litres, bool MissedPrevious)[]
        {
            (120, 69_000, 48, false),
            (90, 71_500, 52.5, true),
            (60, 74_200, 50.2, true),
            (30, 77_100, 53.1, true),
            (25, 77_700, 51.2, false),
            (19, 78_310, 52.0, false),
            (13, 78_900, 50.4, false),
            (8, 79_520, 53.0, false),
            (3, 80_120, 51.4, false),
        };
        foreach (var (daysAgo, km, litres, missed) in fills)
            Must(
                await fuel.LogAsync(
                    ownerId,
                    car.Id,
                    new FuelDraft(litres, (long)(litres * 5_690), "RUB", km, true, missed, now.AddDays(-daysAgo)),
                    ct
                )
            );
        Must(await odometer.LogAsync(ownerId, car.Id, CamryOdometerKm, false, ct));

        Must(
            await reminders.SetAsync(
                ownerId,
                car.Id,
                new ReminderDraft(ServiceKind.EngineOil, 15_000, 12, now.AddDays(-100), 70_600),
                ct
            )
        );
        Must(
            await reminders.SetAsync(
                ownerId,
                car.Id,
                new ReminderDraft(ServiceKind.BrakeFluid, null, 24, now.AddDays(-400)),
                ct
            )
        );
        Must(
            await service.LogAsync(
                ownerId,
                car.Id,
                new ServiceDraft(ServiceKind.CabinFilter, now.AddDays(-200), 66_100, "Салонный фильтр, сам"),
                ct
            )
        );

        Must(await centers.GrantAccessAsync(ownerId, car.Id, centerId, 30, ct));
        var oil = Must(
            await visits.CreateAsync(
                employeeId,
                centerId,
                car.Id,
                new VisitDraft(
                    now.AddDays(-100),
                    "Замена масла и масляного фильтра",
                    70_600,
                    "Масло 5W-30 4.5 л, фильтр 90915-YZZE1",
                    650_000,
                    "RUB",
                    Work: [ServiceKind.EngineOil, ServiceKind.OilFilter]
                ),
                ct
            )
        );
        Must(await visits.ConfirmAsync(ownerId, oil.Id, ct));
        var brakes = Must(
            await visits.CreateAsync(
                employeeId,
                centerId,
                car.Id,
                new VisitDraft(
                    now.AddDays(-40),
                    "Передние колодки",
                    76_000,
                    null,
                    820_000,
                    "RUB",
                    Work: [ServiceKind.BrakePads]
                ),
                ct
            )
        );
        Must(await visits.ConfirmAsync(ownerId, brakes.Id, ct));
        Must(
            await visits.CreateAsync(
                employeeId,
                centerId,
                car.Id,
                new VisitDraft(now.AddDays(-1), "Диагностика подвески", 80_700),
                ct
            )
        );
        return car;
    }

    private async Task<Vehicle> SeedNeglectedCarAsync(Guid ownerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var car = Must(
            await vehicles.AddAsync(
                ownerId,
                new VehicleDraft("Лада Веста", "Lada", "Vesta", 2016, FuelType: FuelType.Petrol),
                ct
            )
        );
        Must(
            await fuel.LogAsync(
                ownerId,
                car.Id,
                new FuelDraft(38, 209_000, "RUB", 131_600, false, false, now.AddDays(-10)),
                ct
            )
        );
        Must(await odometer.LogAsync(ownerId, car.Id, 132_000, false, ct));
        Must(
            await reminders.SetAsync(
                ownerId,
                car.Id,
                new ReminderDraft(ServiceKind.EngineOil, 15_000, 12, now.AddDays(-420), 115_000),
                ct
            )
        );
        return car;
    }

    internal static T Must<T>(Outcome<T> outcome) =>
        outcome.IsSuccess
            ? outcome.Value
            : throw new InvalidOperationException($"Demo data was refused: {outcome.Error}");
}
