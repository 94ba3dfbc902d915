namespace CarPass.Data.CenterReview;

/// <summary>A registered centre an operator has not reviewed yet, with who registered it.</summary>
public sealed record WaitingCenter(
    Guid Id,
    string Name,
    string City,
    string? Address,
    string? Contact,
    string RegisteredBy,
    DateTime RegisteredAt
);
