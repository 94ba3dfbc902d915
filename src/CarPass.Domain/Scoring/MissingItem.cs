namespace CarPass.Domain.Scoring;

/// <summary>
/// Something that would raise the passport quality. Texts live under "missing.{Code}.title",
/// "missing.{Code}.why" and "missing.{Code}.action"; front ends render items generically.
/// </summary>
public sealed record MissingItem(string Code, int Weight, bool Attainable);
