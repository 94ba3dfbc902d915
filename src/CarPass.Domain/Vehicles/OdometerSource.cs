namespace CarPass.Domain.Vehicles;

public enum OdometerSource
{
    Owner,
    Service,
    Ocr,
}
