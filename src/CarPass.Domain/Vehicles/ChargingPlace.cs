namespace CarPass.Domain.Vehicles;

/// <summary>Where a charging session took place: a home wallbox, a public AC charger or a DC fast charger.</summary>
public enum ChargingPlace
{
    Home,
    Public,
    Fast,
}
