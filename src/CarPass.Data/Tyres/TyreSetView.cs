using CarPass.Domain.Tyres;

namespace CarPass.Data.Tyres;

public sealed record TyreSetView(
    Guid Id,
    TyreSeason Season,
    string Size,
    bool Studded,
    DateTime? FittedOn,
    int? FittedKm,
    DateTime? RemovedOn
)
{
    public bool IsFitted => FittedOn is not null && RemovedOn is null;
}
