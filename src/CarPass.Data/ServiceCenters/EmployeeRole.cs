namespace CarPass.Data.ServiceCenters;

public enum EmployeeRole
{
    Manager,
    Staff,
}
