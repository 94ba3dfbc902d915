using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarPass.Data.Persistence;

/// <summary>Every stored time is UTC; values read back are marked as UTC so nothing is shifted twice.</summary>
internal sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc)
    );
