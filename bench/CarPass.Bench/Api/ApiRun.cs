namespace CarPass.Bench.Api;

/// <summary>
/// What the API rows measured on one host process: for each path the static file just before it,
/// its closed loop, the fixed rate of those with a target; memory.
/// </summary>
public sealed record ApiRun(
    IReadOnlyList<(ApiPath Path, LoadResult Baseline, LoadResult Closed, LoadResult? Paced)> Paths,
    double IdleMegabytes,
    double LoadedMegabytes
);
