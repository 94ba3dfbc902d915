using CarPass.Domain.Common;

namespace CarPass.Data.Import;

/// <summary>A row that will not be imported, and why (the file's own fault, or the write path's rule).</summary>
public sealed record RejectedRow(int Line, DomainError Reason);
