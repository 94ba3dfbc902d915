using CarPass.Data.Access;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Reminders;

public sealed class ReminderUseCases(WriteRunner writes, VehicleAccessReader access)
{
    public const int MinIntervalKm = 500;
    public const int MaxIntervalKm = 300_000;
    public const int MaxIntervalMonths = 120;

    /// <summary>Creates the reminder of this kind, or replaces its interval and baseline.</summary>
    public Task<Outcome<MaintenanceReminder>> SetAsync(
        Guid userId,
        Guid vehicleId,
        ReminderDraft draft,
        CancellationToken ct
    ) =>
        writes.RunAsync<MaintenanceReminder>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, token);
                var error = Input.FirstError(
                    VehicleGuards.Editable(vehicle),
                    draft.IntervalKm is null && draft.IntervalMonths is null
                        ? new DomainError(ErrorCodes.IntervalRequired)
                        : null,
                    draft.IntervalKm is null or (>= MinIntervalKm and <= MaxIntervalKm)
                        ? null
                        : new DomainError(ErrorCodes.IntervalKmOutOfRange, MinIntervalKm, MaxIntervalKm),
                    draft.IntervalMonths is null or (>= 1 and <= MaxIntervalMonths)
                        ? null
                        : new DomainError(ErrorCodes.IntervalMonthsOutOfRange, 1, MaxIntervalMonths),
                    Input.Date(draft.LastDoneAt, scope.Now),
                    draft.LastDoneKm is null or (>= 0 and <= OdometerRules.MaxKm)
                        ? null
                        : new DomainError(ErrorCodes.OdometerOutOfRange)
                );
                if (error is not null)
                    return error;
                var reminder = await scope.Db.MaintenanceReminders.FirstOrDefaultAsync(
                    r => r.VehicleId == vehicleId && r.Kind == draft.Kind,
                    token
                );
                if (reminder is null)
                {
                    reminder = new MaintenanceReminder
                    {
                        VehicleId = vehicleId,
                        Kind = draft.Kind,
                        CreatedAt = scope.Now,
                    };
                    scope.Db.MaintenanceReminders.Add(reminder);
                }
                reminder.IntervalKm = draft.IntervalKm;
                reminder.IntervalMonths = draft.IntervalMonths;
                reminder.LastDoneAt = draft.LastDoneAt ?? reminder.LastDoneAt;
                reminder.LastDoneKm = draft.LastDoneKm ?? reminder.LastDoneKm;
                reminder.IsActive = true;
                reminder.UpdatedAt = scope.Now;
                scope.Record("reminder.set", nameof(MaintenanceReminder), reminder.Id, vehicleId, data: draft);
                return reminder;
            },
            ct
        );
}
