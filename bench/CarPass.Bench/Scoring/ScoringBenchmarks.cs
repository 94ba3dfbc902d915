using BenchmarkDotNet.Attributes;
using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;

namespace CarPass.Bench.Scoring;

/// <summary>PassportScorer.Score on one vehicle's full passport, by number of records.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private VehicleSnapshot _snapshot = null!;

    [Params(20, 200, 2000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => _snapshot = PassportSamples.WithRecords(Records);

    [Benchmark]
    public PassportResult Score() => PassportScorer.Score(_snapshot, PassportSamples.Now);
}
