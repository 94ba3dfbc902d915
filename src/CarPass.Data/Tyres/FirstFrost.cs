namespace CarPass.Data.Tyres;

/// <summary>The first frost an owner expects this autumn (a calendar day): winter tyres are due from then, for all their cars.</summary>
public sealed class FirstFrost
{
    public Guid UserId { get; set; }
    public DateTime Day { get; set; }
    public DateTime UpdatedAt { get; set; }
}
