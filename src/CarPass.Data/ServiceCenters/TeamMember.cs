namespace CarPass.Data.ServiceCenters;

/// <summary>An employee of a centre as its manager sees the team: who, their role, and whether switched on.</summary>
public sealed record TeamMember(
    Guid EmployeeId,
    Guid UserId,
    string FirstName,
    string? Username,
    EmployeeRole Role,
    bool IsActive
);
