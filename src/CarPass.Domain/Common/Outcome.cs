using System.Diagnostics.CodeAnalysis;

namespace CarPass.Domain.Common;

/// <summary>Either a value or an expected failure. Exceptions stay for bugs and outages.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, DomainError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public DomainError? Error { get; }

    /// <summary>After a check of this, the compiler knows which of <see cref="Value"/> and <see cref="Error"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(DomainError error) => new(default, error);

    public static Outcome<T> Fail(string code, params object[] args) => new(default, new DomainError(code, args));

    public static implicit operator Outcome<T>(T value) => Ok(value);

    public static implicit operator Outcome<T>(DomainError error) => Fail(error);
}
