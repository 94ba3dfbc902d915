namespace CarPass.Data.Scores;

/// <summary>How many existing vehicles, centres and users were recomputed, and the badges that came of it.</summary>
public sealed record RecomputeSummary(int Vehicles, int ServiceCenters, int Users, int UnlocksAdded);
