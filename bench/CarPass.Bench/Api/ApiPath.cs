namespace CarPass.Bench.Api;

/// <summary>
/// One path the API rows drive: its row's name, the request, how the table shows it, and the share of the static file's
/// throughput it must reach (null: measured beside the baseline, no target).
/// </summary>
public sealed record ApiPath(string Name, string Request, string Shown, double? MinimumShare, bool Authenticated);
