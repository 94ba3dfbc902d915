namespace CarPass.Domain.Vehicles;

/// <summary>A stretch closed by a full fill: the litres (or kWh) it took over the kilometres since the previous full fill.</summary>
public sealed record FillConsumption(DateTime Date, int OdometerKm, double Litres, int Km)
{
    public double PerHundredKm => Litres / Km * 100;
}
