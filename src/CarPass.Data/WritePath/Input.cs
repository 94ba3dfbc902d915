using CarPass.Domain.Common;

namespace CarPass.Data.WritePath;

/// <summary>Small shared checks for what people type. Free text is stored verbatim, only trimmed.</summary>
public static class Input
{
    public const int ShortText = 64;
    public const int LongText = 1000;

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static DomainError? TooLong(string? value, int max) =>
        value is not null && value.Length > max ? new DomainError(ErrorCodes.ValueTooLong, max) : null;

    public static DomainError? OutOfRange(double? value, double min, double max, string code) =>
        value is { } v && (double.IsNaN(v) || v < min || v > max) ? new DomainError(code, min, max) : null;

    /// <summary>Dates may sit a day ahead (time zones) but not further, and not before motoring.</summary>
    public static DomainError? Date(DateTime? value, DateTime nowUtc) =>
        value switch
        {
            null => null,
            { } d when d > nowUtc.AddDays(1) => new DomainError(ErrorCodes.DateInFuture),
            { } d when d.Year < 1900 => new DomainError(ErrorCodes.DateTooOld),
            _ => null,
        };

    public static DomainError? FirstError(params DomainError?[] errors) => errors.FirstOrDefault(e => e is not null);
}
