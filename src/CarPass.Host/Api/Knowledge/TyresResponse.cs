using CarPass.Domain.Tyres;

namespace CarPass.Host.Api.Knowledge;

/// <param name="SeasonDue">The season whose tyres are due on the owner's day (null in March).</param>
/// <param name="ChangeDue">The fitted set is of the other season: the reminder's condition.</param>
public sealed record TyresResponse(
    Guid VehicleId,
    DateOnly Today,
    DateOnly? FirstFrostOn,
    TyreSeason? SeasonDue,
    string? SeasonDueText,
    bool ChangeDue,
    IReadOnlyList<TyreSetResponse> Sets
);
