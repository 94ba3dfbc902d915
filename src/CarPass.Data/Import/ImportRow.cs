using CarPass.Data.Fuel;
using CarPass.Data.Service;

namespace CarPass.Data.Import;

/// <summary>One readable row of a file, as the write it becomes: a fill, a service or an odometer reading.</summary>
/// <param name="Line">The row's number in the file (the header is row 1), for the owner to find it.</param>
public sealed record ImportRow(
    int Line,
    DateTime Date,
    FuelDraft? Fuel = null,
    ServiceDraft? Service = null,
    int? OdometerKm = null
);
