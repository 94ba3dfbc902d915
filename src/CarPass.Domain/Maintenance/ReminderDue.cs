namespace CarPass.Domain.Maintenance;

public enum ReminderDue
{
    /// <summary>Never done, so nothing to count from: part of an incomplete baseline.</summary>
    Unknown,
    Ok,
    DueSoon,
    Overdue,
}
