namespace CarPass.Data.ServiceCenters;

public sealed record ServiceCenterDraft(string? Name, string? City, string? Address = null, string? Contact = null);
