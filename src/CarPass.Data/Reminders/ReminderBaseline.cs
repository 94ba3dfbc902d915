using CarPass.Data.WritePath;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Reminders;

internal static class ReminderBaseline
{
    /// <summary>Moves the reminder of this kind to the given service, unless it already counts from a later one.</summary>
    public static async Task MarkDoneAsync(
        WriteScope scope,
        Guid vehicleId,
        ServiceKind kind,
        DateTime doneAt,
        int? doneKm,
        CancellationToken ct
    )
    {
        var reminder = await scope.Db.MaintenanceReminders.FirstOrDefaultAsync(
            r => r.VehicleId == vehicleId && r.Kind == kind && r.IsActive,
            ct
        );
        if (reminder is null || (reminder.LastDoneAt is { } last && last > doneAt))
            return;
        reminder.LastDoneAt = doneAt;
        reminder.LastDoneKm = doneKm ?? reminder.LastDoneKm;
        reminder.UpdatedAt = scope.Now;
    }
}
