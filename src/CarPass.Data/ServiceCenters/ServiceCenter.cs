using CarPass.Domain.ServiceCenters;

namespace CarPass.Data.ServiceCenters;

public sealed class ServiceCenter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string City { get; set; } = "";
    public string? Address { get; set; }
    public string? Contact { get; set; }
    public VerificationStatus Verification { get; set; } = VerificationStatus.Unverified;

    /// <summary>The operator's reason when verification was refused.</summary>
    public string? VerificationNote { get; set; }
    public Guid? VerifiedByUserId { get; set; }
    public DateTime? VerifiedAt { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
