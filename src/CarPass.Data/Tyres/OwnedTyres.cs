using CarPass.Domain.Tyres;

namespace CarPass.Data.Tyres;

/// <summary>A vehicle's tyre sets (the fitted one first), the owner's first frost date and the season due today.</summary>
public sealed record OwnedTyres(DateTime Today, DateTime? FirstFrost, IReadOnlyList<TyreSetView> Sets)
{
    public TyreSetView? Fitted => Sets.FirstOrDefault(s => s.IsFitted);

    public TyreSeason? SeasonDue => TyreNudges.Due(Today, FirstFrost)?.Season;
}
