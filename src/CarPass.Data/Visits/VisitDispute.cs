namespace CarPass.Data.Visits;

/// <summary>A dispute with the visit it is about: what the owner, the centre and the operators are told.</summary>
public sealed record VisitDispute(Dispute Dispute, ServiceVisit Visit);
