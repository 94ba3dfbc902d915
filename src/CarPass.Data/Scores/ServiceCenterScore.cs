using CarPass.Domain.ServiceCenters;

namespace CarPass.Data.Scores;

public sealed class ServiceCenterScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ServiceCenterId { get; set; }
    public int TrustScore { get; set; }
    public TrustLevel TrustLevel { get; set; }
    public int ConfirmedVisitsCount { get; set; }
    public double ConfirmationRate { get; set; }
    public double DisputeRate { get; set; }
    public DateTime ComputedAt { get; set; }
}
