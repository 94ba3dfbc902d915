using CarPass.Data.Notifications;
using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Documents;

/// <summary>The user's calendar day in their own time zone: a document is valid through its last day there.</summary>
internal static class OwnerToday
{
    public static async Task<DateTime> OfAsync(CarPassDbContext db, Guid userId, DateTime now, CancellationToken ct)
    {
        var zone = await db
            .Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => u.TimeZone)
            .FirstOrDefaultAsync(ct);
        return LocalDate.Of(now, OwnerSettingsMap.Zone(zone ?? "UTC"));
    }
}
