namespace CarPass.Domain.Maintenance;

public enum MaintenanceStatus
{
    Green,
    Yellow,
    Red,
}
