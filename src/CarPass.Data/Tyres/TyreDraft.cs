using CarPass.Domain.Tyres;

namespace CarPass.Data.Tyres;

/// <param name="FittedOn">The day the set went on the car (a calendar day); null for a set kept in storage.</param>
public sealed record TyreDraft(
    TyreSeason Season,
    string? Size,
    bool Studded,
    DateTime? FittedOn = null,
    int? FittedKm = null
);
