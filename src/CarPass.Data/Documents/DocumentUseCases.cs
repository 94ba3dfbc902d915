using CarPass.Data.Access;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Documents;

/// <summary>The owner records and deletes a vehicle's dated documents; every write is validated and audited.</summary>
public sealed class DocumentUseCases(WriteRunner writes, VehicleAccessReader access)
{
    /// <summary>No policy or certificate runs longer than this from its issue (or from today).</summary>
    public const int MaxYears = 10;

    public Task<Outcome<VehicleDocument>> AddAsync(
        Guid userId,
        Guid vehicleId,
        DocumentDraft draft,
        CancellationToken ct
    ) =>
        writes.RunAsync<VehicleDocument>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await OwnerOnlyVehicle.FindAsync(access, userId, vehicleId, scope.Now, token);
                var number = Input.Clean(draft.Number);
                var error = Input.FirstError(
                    VehicleGuards.Editable(vehicle),
                    number is null ? new DomainError(DocumentErrorCodes.NumberRequired) : null,
                    Input.TooLong(number, DocumentNumber.MaxLength),
                    Input.Date(draft.IssuedOn, scope.Now),
                    Expiry(draft, scope.Now),
                    Input.TooLong(draft.PhotoFileId, 256)
                );
                if (error is not null)
                    return error;
                var document = new VehicleDocument
                {
                    VehicleId = vehicleId,
                    Kind = draft.Kind,
                    Number = number!,
                    IssuedOn = draft.IssuedOn?.Date,
                    ExpiresOn = draft.ExpiresOn!.Value.Date,
                    PhotoFileId = draft.PhotoFileId,
                    CreatedByUserId = userId,
                    CreatedAt = scope.Now,
                    UpdatedAt = scope.Now,
                };
                scope.Db.VehicleDocuments.Add(document);
                // The number stays out of the audit log: the log is kept for ever and read by operators.
                scope.Record(
                    "document.added",
                    nameof(VehicleDocument),
                    document.Id,
                    vehicleId,
                    data: new
                    {
                        kind = draft.Kind.ToString(),
                        expires = document.ExpiresOn,
                        photo = draft.PhotoFileId is not null,
                    }
                );
                return document;
            },
            ct
        );

    public Task<Outcome<VehicleDocument>> DeleteAsync(Guid userId, Guid documentId, CancellationToken ct) =>
        writes.RunAsync<VehicleDocument>(
            userId,
            async (scope, token) =>
            {
                var document = await scope.Db.VehicleDocuments.FirstOrDefaultAsync(
                    d => d.Id == documentId && d.DeletedAt == null,
                    token
                );
                if (
                    document is null
                    || await OwnerOnlyVehicle.FindAsync(access, userId, document.VehicleId, scope.Now, token) is null
                )
                    return new DomainError(DocumentErrorCodes.DocumentNotFound);
                document.DeletedAt = scope.Now;
                document.UpdatedAt = scope.Now;
                scope.Record("document.deleted", nameof(VehicleDocument), document.Id, document.VehicleId);
                return document;
            },
            ct
        );

    private static DomainError? Expiry(DocumentDraft draft, DateTime now)
    {
        if (draft.ExpiresOn is not { } expires)
            return new DomainError(DocumentErrorCodes.ExpiryInvalid);
        var from = draft.IssuedOn ?? now;
        return expires.Date < (draft.IssuedOn ?? DateTime.MinValue).Date || expires > from.AddYears(MaxYears)
            ? new DomainError(DocumentErrorCodes.ExpiryInvalid)
            : null;
    }
}
