namespace CarPass.Data.Users;

/// <summary>A centre whose requests the owner is no longer messaged about.</summary>
public sealed record MutedCenter(Guid CenterId, string Name);
