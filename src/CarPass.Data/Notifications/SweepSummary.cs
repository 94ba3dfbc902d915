namespace CarPass.Data.Notifications;

/// <summary>What one maintenance sweep looked at and queued.</summary>
public sealed record SweepSummary(int Vehicles, int Queued);
