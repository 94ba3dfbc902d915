namespace CarPass.Domain.Common;

/// <summary>An expected failure: a stable code (looked up in the texts as "error.{Code}") and its arguments.</summary>
public sealed record DomainError(string Code, params object[] Args)
{
    public override string ToString() => Args.Length == 0 ? Code : $"{Code}({string.Join(", ", Args)})";
}
