namespace CarPass.Data.Vehicles;

public enum VehicleState
{
    Active,
    Archived,
}
