namespace CarPass.Domain.Vehicles;

public enum FuelType
{
    Petrol,
    Diesel,
    Lpg,
    Cng,
    Hybrid,
    Electric,
    Other,
}
