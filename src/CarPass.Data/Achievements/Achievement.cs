using CarPass.Domain.Achievements;

namespace CarPass.Data.Achievements;

/// <summary>Catalogue row (spec section 12). Titles are English defaults; front ends localize by code.</summary>
public sealed class Achievement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public AchievementScope Scope { get; set; }
    public string Criteria { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string Icon { get; set; } = "";
    public string Category { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}
