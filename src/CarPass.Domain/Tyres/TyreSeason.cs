namespace CarPass.Domain.Tyres;

public enum TyreSeason
{
    Summer,
    Winter,
    AllSeason,
}
