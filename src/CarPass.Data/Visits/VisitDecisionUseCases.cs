using CarPass.Data.Access;
using CarPass.Data.ServiceCenters;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Visits;

/// <summary>
/// The owner's other answers to a visit — not mine, dispute, hide — and the centre's cancel. None of
/// them erases the visit: each is a status with an audit entry (spec section 9, deletion).
/// </summary>
public sealed class VisitDecisionUseCases(WriteRunner writes, VehicleAccessQuery access, StaffQuery staff)
{
    public Task<Outcome<ServiceVisit>> RejectAsync(Guid ownerUserId, Guid visitId, CancellationToken ct) =>
        OwnerDecisionAsync(
            ownerUserId,
            visitId,
            "visit.rejected",
            [VisitStatus.PendingConfirmation],
            VisitStatus.Rejected,
            null,
            ct
        );

    /// <summary>
    /// Disputes a visit still awaiting the owner (from its confirmation prompt, where it races
    /// Confirm and Not mine for one outcome) or, with <paramref name="afterConfirming"/>, one the
    /// owner confirmed earlier and now contests.
    /// </summary>
    public Task<Outcome<ServiceVisit>> DisputeAsync(
        Guid ownerUserId,
        Guid visitId,
        string? reason,
        CancellationToken ct,
        bool afterConfirming = false
    ) =>
        Input.Clean(reason) is not { } text
            ? Task.FromResult(Outcome<ServiceVisit>.Fail(ErrorCodes.DisputeReasonRequired))
        : Input.TooLong(text, Input.LongText) is { } tooLong ? Task.FromResult(Outcome<ServiceVisit>.Fail(tooLong))
        : OwnerDecisionAsync(
            ownerUserId,
            visitId,
            "visit.disputed",
            [afterConfirming ? VisitStatus.Confirmed : VisitStatus.PendingConfirmation],
            VisitStatus.Disputed,
            text,
            ct
        );

    /// <summary>Hides a decided visit from the owner's views; the record and its trail stay.</summary>
    public Task<Outcome<ServiceVisit>> HideAsync(Guid ownerUserId, Guid visitId, CancellationToken ct) =>
        OwnerDecisionAsync(
            ownerUserId,
            visitId,
            "visit.hidden",
            [VisitStatus.Confirmed, VisitStatus.Rejected, VisitStatus.Disputed, VisitStatus.Cancelled],
            VisitStatus.Hidden,
            null,
            ct
        );

    public Task<Outcome<ServiceVisit>> CancelAsync(Guid employeeUserId, Guid visitId, CancellationToken ct) =>
        writes.RunAsync<ServiceVisit>(
            employeeUserId,
            async (scope, token) =>
            {
                var visit = await scope.Db.ServiceVisits.FirstOrDefaultAsync(v => v.Id == visitId, token);
                if (visit is null || await staff.ActiveAsync(employeeUserId, visit.ServiceCenterId, token) is null)
                    return new DomainError(ErrorCodes.VisitNotFound);
                if (visit.Status != VisitStatus.PendingConfirmation)
                    return new DomainError(ErrorCodes.VisitNotCancellable);
                SetStatus(visit, VisitStatus.Cancelled, scope.Now);
                scope.Record("visit.cancelled", nameof(ServiceVisit), visit.Id, visit.VehicleId, visit.ServiceCenterId);
                return visit;
            },
            ct
        );

    private Task<Outcome<ServiceVisit>> OwnerDecisionAsync(
        Guid ownerUserId,
        Guid visitId,
        string action,
        VisitStatus[] allowedFrom,
        VisitStatus to,
        string? disputeReason,
        CancellationToken ct
    ) =>
        writes.RunAsync<ServiceVisit>(
            ownerUserId,
            async (scope, token) =>
            {
                var visit = await scope.Db.ServiceVisits.FirstOrDefaultAsync(v => v.Id == visitId, token);
                if (visit is null || !await access.IsOwnerAsync(ownerUserId, visit.VehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VisitNotFound);
                if (!allowedFrom.Contains(visit.Status))
                    return new DomainError(
                        to == VisitStatus.Hidden ? ErrorCodes.VisitNotHideable : ErrorCodes.VisitAlreadyDecided
                    );
                var previous = visit.Status;
                SetStatus(visit, to, scope.Now);
                if (disputeReason is not null)
                    scope.Db.Disputes.Add(
                        new Dispute
                        {
                            ServiceVisitId = visit.Id,
                            OpenedByUserId = ownerUserId,
                            Reason = disputeReason,
                            CreatedAt = scope.Now,
                        }
                    );
                scope.Record(
                    action,
                    nameof(ServiceVisit),
                    visit.Id,
                    visit.VehicleId,
                    visit.ServiceCenterId,
                    new { from = previous.ToString() }
                );
                return visit;
            },
            ct
        );

    internal static void SetStatus(ServiceVisit visit, VisitStatus status, DateTime now)
    {
        visit.Status = status;
        visit.StatusChangedAt = now;
        visit.Version = Guid.NewGuid();
    }
}
