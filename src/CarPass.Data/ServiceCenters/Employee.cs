namespace CarPass.Data.ServiceCenters;

public sealed class Employee
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ServiceCenterId { get; set; }
    public Guid UserId { get; set; }
    public EmployeeRole Role { get; set; } = EmployeeRole.Staff;
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime? DisabledAt { get; set; }
}
