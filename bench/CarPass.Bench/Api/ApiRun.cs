namespace CarPass.Bench.Api;

/// <summary>What the API rows measured on one host process: each path's closed loop, the fixed rate of those with a target, memory.</summary>
public sealed record ApiRun(
    LoadResult Baseline,
    IReadOnlyList<(ApiPath Path, LoadResult Closed, LoadResult? Paced)> Paths,
    double IdleMegabytes,
    double LoadedMegabytes
);
