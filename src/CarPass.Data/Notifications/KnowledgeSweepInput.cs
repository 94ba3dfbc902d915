using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;

namespace CarPass.Data.Notifications;

/// <summary>A batch's documents and fitted tyre sets by vehicle, and its owners' first frost dates, for the sweep and the look before sending.</summary>
public sealed record KnowledgeSweepInput(
    ILookup<Guid, DocumentRecord> Documents,
    IReadOnlyDictionary<Guid, TyreSeason> Fitted,
    IReadOnlyDictionary<Guid, DateTime> FirstFrosts
)
{
    public IReadOnlyList<DocumentRecord> DocumentsOf(Guid vehicleId) => [.. Documents[vehicleId]];

    public DateTime? FirstFrostOf(Guid ownerId) => FirstFrosts.TryGetValue(ownerId, out var day) ? day : null;

    public TyreSeason? FittedOn(Guid vehicleId) => Fitted.TryGetValue(vehicleId, out var season) ? season : null;
}
