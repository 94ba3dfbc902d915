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
public sealed class VisitDecisionUseCases(WriteRunner writes, VehicleAccessReader access, StaffReader staff)
{
    public async Task<Outcome<ServiceVisit>> RejectAsync(Guid ownerUserId, Guid visitId, CancellationToken ct) =>
        VisitOf(
            await OwnerDecisionAsync(
                ownerUserId,
                visitId,
                "visit.rejected",
                [VisitStatus.PendingConfirmation],
                VisitStatus.Rejected,
                null,
                ct
            )
        );

    /// <summary>
    /// Disputes a visit still awaiting the owner (from its confirmation prompt, where it races
    /// Confirm and Not mine for one outcome) or, with <paramref name="afterConfirming"/>, one the
    /// owner confirmed earlier and now contests.
    /// </summary>
    public async Task<Outcome<VisitDispute>> DisputeAsync(
        Guid ownerUserId,
        Guid visitId,
        string? reason,
        CancellationToken ct,
        bool afterConfirming = false
    )
    {
        if (Input.Clean(reason) is not { } text)
            return new DomainError(ErrorCodes.DisputeReasonRequired);
        if (Input.TooLong(text, Input.LongText) is { } tooLong)
            return tooLong;
        var decided = await OwnerDecisionAsync(
            ownerUserId,
            visitId,
            "visit.disputed",
            [afterConfirming ? VisitStatus.Confirmed : VisitStatus.PendingConfirmation],
            VisitStatus.Disputed,
            text,
            ct
        );
        return decided.IsSuccess ? new VisitDispute(decided.Value.Dispute!, decided.Value.Visit) : decided.Error;
    }

    /// <summary>
    /// Hides a decided visit from the owner's views. The record, its status and its trail stay, so
    /// the centre's trust figures do not move.
    /// </summary>
    public async Task<Outcome<ServiceVisit>> HideAsync(Guid ownerUserId, Guid visitId, CancellationToken ct) =>
        VisitOf(
            await OwnerDecisionAsync(
                ownerUserId,
                visitId,
                "visit.hidden",
                [VisitStatus.Confirmed, VisitStatus.Rejected, VisitStatus.Disputed, VisitStatus.Cancelled],
                VisitStatus.Hidden,
                null,
                ct
            )
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

    /// <summary>The visit after the owner's answer, and the dispute it opened if it was one.</summary>
    private Task<Outcome<(ServiceVisit Visit, Dispute? Dispute)>> OwnerDecisionAsync(
        Guid ownerUserId,
        Guid visitId,
        string action,
        VisitStatus[] allowedFrom,
        VisitStatus to,
        string? disputeReason,
        CancellationToken ct
    ) =>
        writes.RunAsync<(ServiceVisit, Dispute?)>(
            ownerUserId,
            async (scope, token) =>
            {
                var visit = await scope.Db.ServiceVisits.FirstOrDefaultAsync(v => v.Id == visitId, token);
                if (visit is null || !await access.IsOwnerAsync(ownerUserId, visit.VehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VisitNotFound);
                if (!allowedFrom.Contains(visit.Status) || visit.HiddenAt is not null)
                    return new DomainError(
                        to == VisitStatus.Hidden ? ErrorCodes.VisitNotHideable : ErrorCodes.VisitAlreadyDecided
                    );
                var previous = visit.Status;
                if (to == VisitStatus.Hidden)
                    Hide(visit, scope.Now);
                else
                    SetStatus(visit, to, scope.Now);
                var dispute = disputeReason is null
                    ? null
                    : new Dispute
                    {
                        ServiceVisitId = visit.Id,
                        OpenedByUserId = ownerUserId,
                        Reason = disputeReason,
                        CreatedAt = scope.Now,
                    };
                if (dispute is not null)
                    scope.Db.Disputes.Add(dispute);
                scope.Record(
                    action,
                    nameof(ServiceVisit),
                    visit.Id,
                    visit.VehicleId,
                    visit.ServiceCenterId,
                    new { from = previous.ToString() }
                );
                return (visit, dispute);
            },
            ct
        );

    private static Outcome<ServiceVisit> VisitOf(Outcome<(ServiceVisit Visit, Dispute? Dispute)> decided) =>
        decided.IsSuccess ? decided.Value.Visit : decided.Error;

    private static void Hide(ServiceVisit visit, DateTime now)
    {
        visit.HiddenAt = now;
        visit.Version = Guid.NewGuid();
    }

    internal static void SetStatus(ServiceVisit visit, VisitStatus status, DateTime now)
    {
        visit.Status = status;
        visit.StatusChangedAt = now;
        visit.Version = Guid.NewGuid();
    }
}
