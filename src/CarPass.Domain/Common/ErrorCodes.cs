namespace CarPass.Domain.Common;

/// <summary>Every <see cref="DomainError"/> code this library produces; texts live under "error.{code}".</summary>
public static class ErrorCodes
{
    public const string VinRequired = "vin_required";
    public const string VinWrongLength = "vin_wrong_length";
    public const string VinForbiddenLetters = "vin_forbidden_letters";
    public const string VinInvalidChars = "vin_invalid_chars";
    public const string VinCheckDigit = "vin_check_digit";

    public const string PlateRequired = "plate_required";
    public const string PlateCountryRequired = "plate_country_required";
    public const string PlateCountryInvalid = "plate_country_invalid";
    public const string PlateInvalidRu = "plate_invalid_ru";
    public const string PlateInvalid = "plate_invalid";

    public const string OdometerOutOfRange = "odometer_out_of_range";
    public const string OdometerBelowTrusted = "odometer_below_trusted";
    public const string OdometerAboveLater = "odometer_above_later";
    public const string OdometerImplausibleJump = "odometer_implausible_jump";

    public static IReadOnlyList<string> All { get; } =
    [
        VinRequired,
        VinWrongLength,
        VinForbiddenLetters,
        VinInvalidChars,
        VinCheckDigit,
        PlateRequired,
        PlateCountryRequired,
        PlateCountryInvalid,
        PlateInvalidRu,
        PlateInvalid,
        OdometerOutOfRange,
        OdometerBelowTrusted,
        OdometerAboveLater,
        OdometerImplausibleJump,
    ];
}
