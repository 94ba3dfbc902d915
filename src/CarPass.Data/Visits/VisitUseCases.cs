using CarPass.Data.Access;
using CarPass.Data.Notifications;
using CarPass.Data.Odometer;
using CarPass.Data.Reminders;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Visits;

/// <summary>A centre proposes a visit; only the owner's confirmation makes it trusted history.</summary>
public sealed class VisitUseCases(WriteRunner writes, VehicleAccessReader access, RequestNotices notices)
{
    public Task<Outcome<ServiceVisit>> CreateAsync(
        Guid employeeUserId,
        Guid centerId,
        Guid vehicleId,
        VisitDraft draft,
        CancellationToken ct
    ) =>
        writes.RunAsync<ServiceVisit>(
            employeeUserId,
            async (scope, token) =>
            {
                if (
                    !await scope.Db.Employees.AnyAsync(
                        e => e.ServiceCenterId == centerId && e.UserId == employeeUserId && e.IsActive,
                        token
                    )
                )
                    return new DomainError(ErrorCodes.NotAnEmployee);
                if (!await access.CenterHasAccessAsync(centerId, vehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VehicleNotFound);
                var work = Input.Clean(draft.WorkItems);
                var kinds = (draft.Work ?? []).Distinct().ToList();
                var error = Input.FirstError(
                    work is null && kinds.Count == 0 ? new DomainError(ErrorCodes.WorkItemsRequired) : null,
                    kinds.All(Enum.IsDefined) ? null : new DomainError(ErrorCodes.WorkItemsRequired),
                    Input.TooLong(work, 2000),
                    Input.TooLong(Input.Clean(draft.Parts), 2000),
                    Input.TooLong(Input.Clean(draft.Note), Input.LongText),
                    Input.Date(draft.VisitDate, scope.Now),
                    draft.CostMinor is null or >= 0 ? null : new DomainError(ErrorCodes.PriceOutOfRange),
                    await CheckOdometerAsync(scope, vehicleId, draft, token)
                );
                if (error is not null)
                    return error;
                var visit = new ServiceVisit
                {
                    VehicleId = vehicleId,
                    ServiceCenterId = centerId,
                    CreatedByUserId = employeeUserId,
                    VisitDate = draft.VisitDate,
                    OdometerKm = draft.OdometerKm,
                    WorkKinds = kinds,
                    WorkItems = work ?? "",
                    Parts = Input.Clean(draft.Parts),
                    CostMinor = draft.CostMinor,
                    Currency = Input.Clean(draft.Currency)?.ToUpperInvariant(),
                    Note = Input.Clean(draft.Note),
                    StatusChangedAt = scope.Now,
                    CreatedAt = scope.Now,
                };
                scope.Db.ServiceVisits.Add(visit);
                scope.Record("visit.created", nameof(ServiceVisit), visit.Id, vehicleId, centerId);
                await notices.QueueAsync(
                    scope,
                    NotificationKind.VisitAwaitingConfirmation,
                    visit.Id,
                    vehicleId,
                    centerId,
                    token,
                    visitDate: visit.VisitDate
                );
                return visit;
            },
            ct
        );

    /// <summary>
    /// The owner confirms: the visit becomes trusted history, its odometer a trusted reading, and each
    /// kind of work it names resets its reminder from the visit's date and odometer, through the same
    /// code a self-reported service takes, in the same transaction. A second tap, or a confirm racing
    /// another decision, finds the visit already decided.
    /// </summary>
    public Task<Outcome<ServiceVisit>> ConfirmAsync(Guid ownerUserId, Guid visitId, CancellationToken ct) =>
        writes.RunAsync<ServiceVisit>(
            ownerUserId,
            async (scope, token) =>
            {
                var visit = await scope.Db.ServiceVisits.FirstOrDefaultAsync(v => v.Id == visitId, token);
                if (visit is null || !await access.IsOwnerAsync(ownerUserId, visit.VehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VisitNotFound);
                if (visit.Status != VisitStatus.PendingConfirmation)
                    return new DomainError(ErrorCodes.VisitAlreadyDecided);
                VisitDecisionUseCases.SetStatus(visit, VisitStatus.Confirmed, scope.Now);
                visit.ConfirmedByUserId = ownerUserId;
                visit.ConfirmedAt = scope.Now;
                if (visit.OdometerKm is { } km)
                    await AddTrustedReadingAsync(scope, visit, km, token);
                foreach (var kind in visit.WorkKinds)
                    await ReminderBaseline.MarkDoneAsync(
                        scope,
                        visit.VehicleId,
                        kind,
                        visit.VisitDate,
                        visit.OdometerKm,
                        token
                    );
                scope.Record("visit.confirmed", nameof(ServiceVisit), visit.Id, visit.VehicleId, visit.ServiceCenterId);
                return visit;
            },
            ct
        );

    private static async Task<DomainError?> CheckOdometerAsync(
        WriteScope scope,
        Guid vehicleId,
        VisitDraft draft,
        CancellationToken ct
    ) =>
        draft.OdometerKm is { } km
            ? OdometerOfVisit(
                km,
                draft.VisitDate,
                await OdometerWriter.AroundAsync(scope, vehicleId, draft.VisitDate, ct)
            )
            : null;

    /// <summary>
    /// A centre may record past work (a lower odometer), but not above what the car showed later nor
    /// an implausible jump ahead. The chat checks a typed odometer with this rule at its step.
    /// </summary>
    public static DomainError? OdometerOfVisit(int km, DateTime visitDate, IReadOnlyList<OdometerRecord> readings) =>
        OdometerRules.Assess(km, visitDate, readings) is { Code: not ErrorCodes.OdometerBelowTrusted } error
            ? error
            : null;

    private static async Task AddTrustedReadingAsync(WriteScope scope, ServiceVisit visit, int km, CancellationToken ct)
    {
        scope.Db.OdometerReadings.Add(
            new OdometerReading
            {
                VehicleId = visit.VehicleId,
                ValueKm = km,
                RecordedAt = visit.VisitDate,
                Source = OdometerSource.Service,
                IsTrusted = true,
                ServiceVisitId = visit.Id,
                CreatedByUserId = scope.ActorUserId,
                CreatedAt = scope.Now,
            }
        );
        var vehicle = await scope.Db.Vehicles.FirstAsync(v => v.Id == visit.VehicleId, ct);
        if (km > (vehicle.CurrentOdometerKm ?? -1))
            vehicle.CurrentOdometerKm = km;
    }
}
