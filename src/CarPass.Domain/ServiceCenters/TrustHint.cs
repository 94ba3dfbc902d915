namespace CarPass.Domain.ServiceCenters;

/// <summary>
/// Something a centre could do now to raise its trust, with how many things it concerns. Texts live
/// under "trust_hint.{Code}" (the count as argument); front ends render hints generically, like
/// a passport's missing items.
/// </summary>
public sealed record TrustHint(string Code, int Count);
