using CarPass.Data.ServiceCenters;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Visits;

/// <summary>The centre answers a dispute; an operator resolves it for the owner or for the centre.</summary>
public sealed class DisputeUseCases(WriteRunner writes, StaffReader staff)
{
    public Task<Outcome<VisitDispute>> RespondAsync(
        Guid employeeUserId,
        Guid disputeId,
        string? response,
        CancellationToken ct
    ) =>
        writes.RunAsync<VisitDispute>(
            employeeUserId,
            async (scope, token) =>
            {
                var (dispute, visit) = await LoadAsync(scope, disputeId, token);
                if (
                    dispute is null
                    || visit is null
                    || await staff.ActiveAsync(employeeUserId, visit.ServiceCenterId, token) is null
                )
                    return new DomainError(ErrorCodes.DisputeNotFound);
                if (dispute.Status != DisputeStatus.Open)
                    return new DomainError(ErrorCodes.DisputeAlreadyResolved);
                if (Input.Clean(response) is not { } text)
                    return new DomainError(ErrorCodes.DisputeReasonRequired);
                if (Input.TooLong(text, Input.LongText) is { } tooLong)
                    return tooLong;
                dispute.CenterResponse = text;
                dispute.CenterRespondedAt = scope.Now;
                dispute.CenterRespondedByUserId = employeeUserId;
                scope.Record("dispute.answered", nameof(Dispute), dispute.Id, visit.VehicleId, visit.ServiceCenterId);
                return new VisitDispute(dispute, visit);
            },
            ct
        );

    /// <summary>
    /// For the owner the visit ends rejected. For the centre the dispute ends and the visit goes back
    /// to waiting for the owner: only the owner's confirmation makes it trusted history, and a visit
    /// that waits counts neither for nor against the centre's rates.
    /// </summary>
    public Task<Outcome<VisitDispute>> ResolveAsync(
        Guid operatorUserId,
        Guid disputeId,
        bool forOwner,
        string? note,
        CancellationToken ct
    ) =>
        writes.RunAsync<VisitDispute>(
            operatorUserId,
            async (scope, token) =>
            {
                if (!await scope.Db.Users.AnyAsync(u => u.Id == operatorUserId && u.IsOperator, token))
                    return new DomainError(ErrorCodes.OperatorOnly);
                var (dispute, visit) = await LoadAsync(scope, disputeId, token);
                if (dispute is null || visit is null)
                    return new DomainError(ErrorCodes.DisputeNotFound);
                if (dispute.Status != DisputeStatus.Open)
                    return new DomainError(ErrorCodes.DisputeAlreadyResolved);
                dispute.Status = forOwner ? DisputeStatus.ResolvedForOwner : DisputeStatus.ResolvedForCenter;
                dispute.Resolution = Input.Clean(note);
                dispute.ResolvedByUserId = operatorUserId;
                dispute.ResolvedAt = scope.Now;
                VisitDecisionUseCases.SetStatus(
                    visit,
                    forOwner ? VisitStatus.Rejected : VisitStatus.PendingConfirmation,
                    scope.Now
                );
                scope.Record(
                    forOwner ? "dispute.resolved_for_owner" : "dispute.resolved_for_center",
                    nameof(Dispute),
                    dispute.Id,
                    visit.VehicleId,
                    visit.ServiceCenterId
                );
                return new VisitDispute(dispute, visit);
            },
            ct
        );

    private static async Task<(Dispute?, ServiceVisit?)> LoadAsync(
        WriteScope scope,
        Guid disputeId,
        CancellationToken ct
    )
    {
        var dispute = await scope.Db.Disputes.FirstOrDefaultAsync(d => d.Id == disputeId, ct);
        var visit = dispute is null
            ? null
            : await scope.Db.ServiceVisits.FirstOrDefaultAsync(v => v.Id == dispute.ServiceVisitId, ct);
        return (dispute, visit);
    }
}
