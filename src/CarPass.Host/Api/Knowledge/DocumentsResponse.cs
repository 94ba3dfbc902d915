namespace CarPass.Host.Api.Knowledge;

/// <param name="Today">The owner's calendar day, in their time zone, that the statuses are judged on.</param>
/// <param name="OsagoLapsed">The latest OSAGO policy on record has expired.</param>
public sealed record DocumentsResponse(
    Guid VehicleId,
    DateOnly Today,
    bool OsagoLapsed,
    IReadOnlyList<DocumentResponse> Documents
);
