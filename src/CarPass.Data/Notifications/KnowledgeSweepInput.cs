using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;

namespace CarPass.Data.Notifications;

/// <summary>A batch's documents and fitted tyre sets, by vehicle, for the sweep and the look before sending.</summary>
public sealed record KnowledgeSweepInput(
    ILookup<Guid, DocumentRecord> Documents,
    IReadOnlyDictionary<Guid, TyreSeason> Fitted
)
{
    public IReadOnlyList<DocumentRecord> DocumentsOf(Guid vehicleId) => [.. Documents[vehicleId]];

    public TyreSeason? FittedOn(Guid vehicleId) => Fitted.TryGetValue(vehicleId, out var season) ? season : null;
}
