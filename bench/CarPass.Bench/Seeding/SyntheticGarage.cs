using CarPass.Data.Access;
using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Persistence;
using CarPass.Data.Reminders;
using CarPass.Data.Service;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Bench.Seeding;

/// <summary>
/// A database of many owners' vehicles, 20 records each (7 readings, 5 fill-ups, 3 services,
/// 2 centre visits, 3 reminders), written in one transaction with prepared inserts. A fifth of the
/// owners have two vehicles, far apart in the file, so garages span recompute batches.
/// </summary>
public static class SyntheticGarage
{
    public const int RecordsPerVehicle = 20;
    private const int Centres = 200;

    public static async Task CreateAsync(string path, int vehicles, CancellationToken ct)
    {
        var connectionString = $"Data Source={path}";
        await DataServices.MigrateAsync(connectionString, ct);
        await using var services = DataServices.Build(connectionString);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        using var connection = new SqliteConnection($"{connectionString};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        new Writer(db, connection, transaction, vehicles).WriteAll();
        transaction.Commit();
    }

    private sealed class Writer(CarPassDbContext db, SqliteConnection connection, SqliteTransaction tx, int vehicles)
    {
        private readonly Random _random = new(42);
        private readonly DateTime _now = DateTime.UtcNow;

        public void WriteAll()
        {
            var owners = Math.Max(1, vehicles * 4 / 5);
            var ownerIds = Enumerable.Range(0, owners).Select(_ => Guid.CreateVersion7()).ToArray();
            using (var users = Table<User>())
                for (var i = 0; i < owners; i++)
                    users.Insert(
                        new User
                        {
                            Id = ownerIds[i],
                            TelegramId = 500_000_000 + i,
                            FirstName = $"Owner{i}",
                            CreatedAt = _now,
                            UpdatedAt = _now,
                        }
                    );
            var centreIds = WriteCentres(ownerIds[0]);
            using var cars = Table<Vehicle>();
            using var grants = Table<VehicleAccessGrant>();
            using var readings = Table<OdometerReading>();
            using var fills = Table<FuelEntry>();
            using var services = Table<ServiceEntry>();
            using var visits = Table<ServiceVisit>();
            using var reminders = Table<MaintenanceReminder>();
            for (var i = 0; i < vehicles; i++)
            {
                var owner = ownerIds[i % owners];
                var car = Car(i);
                cars.Insert(car);
                grants.Insert(
                    new VehicleAccessGrant
                    {
                        VehicleId = car.Id,
                        Role = AccessRole.Owner,
                        UserId = owner,
                        GrantedAt = car.CreatedAt,
                    }
                );
                var start = _now.AddDays(-720 + _random.Next(60));
                for (var r = 0; r < 7; r++)
                {
                    var at = start.AddDays(r * 100);
                    readings.Insert(
                        new OdometerReading
                        {
                            VehicleId = car.Id,
                            ValueKm = Km(r),
                            RecordedAt = at,
                            Source = OdometerSource.Owner,
                            IsTrusted = true,
                            CreatedByUserId = owner,
                            CreatedAt = at,
                        }
                    );
                }
                for (var f = 0; f < 5; f++)
                {
                    var at = start.AddDays(30 + f * 130);
                    fills.Insert(
                        new FuelEntry
                        {
                            VehicleId = car.Id,
                            FilledAt = at,
                            Litres = 35 + _random.Next(20),
                            OdometerKm = Km(f) + 3_000,
                            IsFullTank = f % 4 != 3,
                            CreatedByUserId = owner,
                            CreatedAt = at,
                        }
                    );
                }
                for (var s = 0; s < 3; s++)
                {
                    var at = start.AddDays(60 + s * 200);
                    services.Insert(
                        new ServiceEntry
                        {
                            VehicleId = car.Id,
                            Kind = (ServiceKind)_random.Next(15),
                            PerformedAt = at,
                            OdometerKm = Km(s) + 5_000,
                            CreatedByUserId = owner,
                            CreatedAt = at,
                        }
                    );
                }
                for (var v = 0; v < 2; v++)
                {
                    var at = start.AddDays(200 + v * 300);
                    visits.Insert(Visit(car.Id, centreIds[_random.Next(Centres)], owner, at, Km(v) + 8_000));
                }
                for (var k = 0; k < 3; k++)
                {
                    var done = _now.AddDays(-_random.Next(60, 426));
                    reminders.Insert(
                        new MaintenanceReminder
                        {
                            VehicleId = car.Id,
                            Kind = (ServiceKind)k,
                            IntervalKm = 15_000,
                            IntervalMonths = 12,
                            LastDoneAt = done,
                            LastDoneKm = Km(5),
                            CreatedAt = start,
                            UpdatedAt = start,
                        }
                    );
                }
            }
        }

        private Guid[] WriteCentres(Guid creator)
        {
            var ids = new Guid[Centres];
            using var centres = Table<ServiceCenter>();
            for (var c = 0; c < Centres; c++)
            {
                var centre = new ServiceCenter
                {
                    Name = $"Service {c}",
                    City = "Moscow",
                    Verification = c % 2 == 0 ? VerificationStatus.Verified : VerificationStatus.Unverified,
                    CreatedByUserId = creator,
                    CreatedAt = _now.AddYears(-3),
                };
                centres.Insert(centre);
                ids[c] = centre.Id;
            }
            return ids;
        }

        private Vehicle Car(int i)
        {
            var full = i % 3 != 0;
            var created = _now.AddDays(-800);
            return new Vehicle
            {
                Name = $"Car {i}",
                Make = "Toyota",
                Model = "Camry",
                Year = 2010 + i % 15,
                Vin = full ? $"XTA{i:D14}" : null,
                PlateNumber = full ? "А123ВС77" : null,
                PlateCountry = full ? "RU" : null,
                FuelType = FuelType.Petrol,
                EngineOilType = i % 2 == 0 ? "5W-30" : null,
                EngineOilVolumeL = i % 2 == 0 ? 4.5 : null,
                CreatedAt = created,
                UpdatedAt = created,
            };
        }

        private ServiceVisit Visit(Guid vehicle, Guid centre, Guid owner, DateTime at, int km)
        {
            var status = _random.Next(20) switch
            {
                0 or 1 => VisitStatus.PendingConfirmation,
                2 => VisitStatus.Disputed,
                3 => VisitStatus.Rejected,
                _ => VisitStatus.Confirmed,
            };
            return new ServiceVisit
            {
                VehicleId = vehicle,
                ServiceCenterId = centre,
                CreatedByUserId = owner,
                VisitDate = at,
                OdometerKm = km,
                WorkItems = "Oil and filter",
                Status = status,
                StatusChangedAt = at,
                CreatedAt = at,
            };
        }

        private int Km(int step) => 20_000 + step * 4_000;

        private PreparedInsert<T> Table<T>()
            where T : class => new(db, connection, tx);
    }
}
