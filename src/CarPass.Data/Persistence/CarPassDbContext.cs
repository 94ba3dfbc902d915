using CarPass.Data.Access;
using CarPass.Data.Achievements;
using CarPass.Data.Audit;
using CarPass.Data.Bot;
using CarPass.Data.CenterReview;
using CarPass.Data.Charging;
using CarPass.Data.Claims;
using CarPass.Data.Engagement;
using CarPass.Data.Fuel;
using CarPass.Data.Leases;
using CarPass.Data.Notifications;
using CarPass.Data.Ocr;
using CarPass.Data.Odometer;
using CarPass.Data.Ownership;
using CarPass.Data.Reminders;
using CarPass.Data.Reports;
using CarPass.Data.Requests;
using CarPass.Data.Scores;
using CarPass.Data.Service;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Persistence;

/// <summary>
/// The database of CarPass. SQLite by default; <see cref="Postgres.PostgresCarPassDbContext"/> is the
/// same model on PostgreSQL with its own migrations.
/// </summary>
public class CarPassDbContext : DbContext
{
    public CarPassDbContext(DbContextOptions<CarPassDbContext> options)
        : base(options) { }

    protected CarPassDbContext(DbContextOptions options)
        : base(options) { }

    private bool? _isSqlite;

    /// <summary>
    /// Whether this context runs on SQLite, asked once: hot reads ask it on every call, and EF Core's
    /// own check reads the provider assembly's name each time.
    /// </summary>
    public bool IsSqlite => _isSqlite ??= Database.IsSqlite();

    public DbSet<User> Users => Set<User>();
    public DbSet<ServiceCenterMute> ServiceCenterMutes => Set<ServiceCenterMute>();
    public DbSet<Vehicle> Vehicles => Set<Vehicle>();
    public DbSet<VehicleAccessGrant> VehicleAccessGrants => Set<VehicleAccessGrant>();
    public DbSet<AccessRequest> AccessRequests => Set<AccessRequest>();
    public DbSet<OdometerReading> OdometerReadings => Set<OdometerReading>();
    public DbSet<FuelEntry> FuelEntries => Set<FuelEntry>();
    public DbSet<ChargingSession> ChargingSessions => Set<ChargingSession>();
    public DbSet<Documents.VehicleDocument> VehicleDocuments => Set<Documents.VehicleDocument>();
    public DbSet<Tyres.TyreSet> TyreSets => Set<Tyres.TyreSet>();
    public DbSet<Tyres.FirstFrost> FirstFrosts => Set<Tyres.FirstFrost>();
    public DbSet<ServiceEntry> ServiceEntries => Set<ServiceEntry>();
    public DbSet<MaintenanceReminder> MaintenanceReminders => Set<MaintenanceReminder>();
    public DbSet<ServiceCenter> ServiceCenters => Set<ServiceCenter>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<EmployeeInvite> EmployeeInvites => Set<EmployeeInvite>();
    public DbSet<ServiceVisit> ServiceVisits => Set<ServiceVisit>();
    public DbSet<Dispute> Disputes => Set<Dispute>();
    public DbSet<DataChangeRequest> DataChangeRequests => Set<DataChangeRequest>();
    public DbSet<OcrScan> OcrScans => Set<OcrScan>();
    public DbSet<OcrAttempt> OcrAttempts => Set<OcrAttempt>();
    public DbSet<OwnershipTransfer> OwnershipTransfers => Set<OwnershipTransfer>();
    public DbSet<VehicleClaim> VehicleClaims => Set<VehicleClaim>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<UserAchievement> UserAchievements => Set<UserAchievement>();
    public DbSet<VehicleScore> VehicleScores => Set<VehicleScore>();
    public DbSet<ServiceCenterScore> ServiceCenterScores => Set<ServiceCenterScore>();
    public DbSet<EngagementEvent> EngagementEvents => Set<EngagementEvent>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<InboundUpdate> InboundUpdates => Set<InboundUpdate>();
    public DbSet<ChatLease> ChatLeases => Set<ChatLease>();
    public DbSet<NamedLease> NamedLeases => Set<NamedLease>();
    public DbSet<OperatorNotice> OperatorNotices => Set<OperatorNotice>();
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CarPassDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        ConfigureTimes(configurationBuilder);
    }

    /// <summary>Every stored time is UTC; on SQLite it is TEXT, read back by <see cref="SqliteTimeText"/>.</summary>
    protected virtual void ConfigureTimes(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<SqliteUtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableSqliteUtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnlyGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        AppendOnlyGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
