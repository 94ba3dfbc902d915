using System.Runtime.InteropServices;

namespace CarPass.Bench.Report;

/// <summary>What the numbers were measured on: cores, memory, CPU, .NET, and how busy the machine was.</summary>
public static class Machine
{
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {MemoryGiB():F0} GiB memory, "
        + $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}";

    /// <summary>The 1-minute load average: above the core count, other work shared the machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo")
                .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                ?.Split(':', 2)[1]
                .Trim()
                ?? "unknown CPU"
            : "unknown CPU";

    private static double MemoryGiB()
    {
        var line = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            : null;
        var kib = line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return kib / 1024.0 / 1024.0;
    }
}
