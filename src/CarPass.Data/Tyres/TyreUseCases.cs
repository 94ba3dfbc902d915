using CarPass.Data.Access;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tyres;

/// <summary>
/// The owner's tyre sets: add one (fitted or in storage), mark one fitted, and set the first frost
/// date that brings the winter reminder forward. One set is fitted at a time: fitting a set removes
/// the one that was on the car, as of the same day.
/// </summary>
public sealed class TyreUseCases(WriteRunner writes, VehicleAccessReader access)
{
    public Task<Outcome<TyreSet>> AddAsync(Guid userId, Guid vehicleId, TyreDraft draft, CancellationToken ct) =>
        writes.RunAsync<TyreSet>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await OwnerOnlyVehicle.FindAsync(access, userId, vehicleId, scope.Now, token);
                var size = TyreSize.TryParse(draft.Size);
                var error = Input.FirstError(
                    VehicleGuards.Editable(vehicle),
                    size is null ? new DomainError(DocumentErrorCodes.TyreSizeInvalid) : null,
                    Enum.IsDefined(draft.Season) ? null : new DomainError(DocumentErrorCodes.TyreSizeInvalid),
                    Input.Date(draft.FittedOn, scope.Now),
                    Km(draft.FittedKm)
                );
                if (error is not null)
                    return error;
                var set = new TyreSet
                {
                    VehicleId = vehicleId,
                    Season = draft.Season,
                    Size = size!.Value.ToString(),
                    Studded = draft.Studded && draft.Season != TyreSeason.Summer,
                    CreatedByUserId = userId,
                    CreatedAt = scope.Now,
                    UpdatedAt = scope.Now,
                };
                scope.Db.TyreSets.Add(set);
                if (draft.FittedOn is { } day)
                    await FitAsync(scope, set, day.Date, draft.FittedKm, token);
                scope.Record(
                    "tyres.added",
                    nameof(TyreSet),
                    set.Id,
                    vehicleId,
                    data: new
                    {
                        season = draft.Season.ToString(),
                        set.Size,
                        set.Studded,
                        fitted = set.FittedOn,
                    }
                );
                return set;
            },
            ct
        );

    public Task<Outcome<TyreSet>> MarkFittedAsync(
        Guid userId,
        Guid setId,
        DateTime? fittedOn,
        int? fittedKm,
        CancellationToken ct
    ) =>
        writes.RunAsync<TyreSet>(
            userId,
            async (scope, token) =>
            {
                var set = await scope.Db.TyreSets.FirstOrDefaultAsync(s => s.Id == setId && s.DeletedAt == null, token);
                if (
                    set is null
                    || await OwnerOnlyVehicle.FindAsync(access, userId, set.VehicleId, scope.Now, token) is null
                )
                    return new DomainError(DocumentErrorCodes.TyreSetNotFound);
                var error = Input.FirstError(Input.Date(fittedOn, scope.Now), Km(fittedKm));
                if (error is not null)
                    return error;
                await FitAsync(scope, set, (fittedOn ?? scope.Now).Date, fittedKm, token);
                scope.Record(
                    "tyres.fitted",
                    nameof(TyreSet),
                    set.Id,
                    set.VehicleId,
                    data: new { fitted = set.FittedOn }
                );
                return set;
            },
            ct
        );

    /// <summary>Sets (or clears, with null) the first frost the owner expects this autumn.</summary>
    public Task<Outcome<DateTime?>> SetFirstFrostAsync(Guid userId, DateTime? day, CancellationToken ct) =>
        writes.RunAsync<DateTime?>(
            userId,
            async (scope, token) =>
            {
                if (day is { Month: < 8 })
                    return new DomainError(DocumentErrorCodes.FirstFrostInvalid);
                if (!await scope.Db.Users.AnyAsync(u => u.Id == userId, token))
                    return new DomainError(ErrorCodes.UserNotFound);
                var frost = await scope.Db.FirstFrosts.FirstOrDefaultAsync(f => f.UserId == userId, token);
                if (day is null && frost is not null)
                    scope.Db.FirstFrosts.Remove(frost);
                else if (day is { } d)
                {
                    if (frost is null)
                        scope.Db.FirstFrosts.Add(frost = new FirstFrost { UserId = userId });
                    frost.Day = d.Date;
                    frost.UpdatedAt = scope.Now;
                }
                scope.Audit("tyres.first_frost", nameof(FirstFrost), userId, null, new { day = day?.Date });
                return day?.Date;
            },
            ct
        );

    private static async Task FitAsync(WriteScope scope, TyreSet set, DateTime day, int? km, CancellationToken token)
    {
        var fitted = await scope
            .Db.TyreSets.Where(s =>
                s.VehicleId == set.VehicleId
                && s.Id != set.Id
                && s.DeletedAt == null
                && s.FittedOn != null
                && s.RemovedOn == null
            )
            .ToListAsync(token);
        foreach (var other in fitted)
        {
            other.RemovedOn = day;
            other.UpdatedAt = scope.Now;
        }
        set.FittedOn = day;
        set.FittedKm = km;
        set.RemovedOn = null;
        set.UpdatedAt = scope.Now;
    }

    private static DomainError? Km(int? km) =>
        km is null or (>= OdometerRules.MinKm and <= OdometerRules.MaxKm)
            ? null
            : new DomainError(ErrorCodes.OdometerOutOfRange);
}
