namespace CarPass.Data.Reports;

public enum ShareLinkRevocation
{
    Owner,

    /// <summary>The vehicle changed hands: the seller's links stop at the transfer.</summary>
    Transfer,
}
