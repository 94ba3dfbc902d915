using CarPass.Domain.Tyres;

namespace CarPass.Host.Api.Knowledge;

public sealed record TyreSetResponse(
    Guid Id,
    TyreSeason Season,
    string SeasonText,
    string Size,
    bool Studded,
    bool Fitted,
    DateOnly? FittedOn,
    int? FittedKm,
    DateOnly? RemovedOn
);
