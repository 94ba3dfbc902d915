using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Requests;
using CarPass.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>A request as it stands when its owner's notice is sent (the notice shows it as it is then).</summary>
public sealed class OwnerRequestReader(CarPassDbContext db)
{
    public Task<ServiceVisit?> VisitAsync(Guid id, CancellationToken ct) =>
        db.ServiceVisits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);

    public Task<DataChangeRequest?> ChangeAsync(Guid id, CancellationToken ct) =>
        db.DataChangeRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<AccessRequest?> AccessAsync(Guid id, CancellationToken ct) =>
        db.AccessRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
}
