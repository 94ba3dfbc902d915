namespace CarPass.Domain.Documents;

/// <summary>A dated document of a vehicle. OSAGO is the compulsory motor liability policy in Russia.</summary>
public enum DocumentKind
{
    Osago,
    Kasko,
    Inspection,
    Other,
}
