namespace CarPass.Bench.Report;

public enum Verdict
{
    Met,
    Missed,
    Pending,
}
