namespace CarPass.Bench.Api;

/// <summary>Resident memory of a process, from /proc/&lt;pid&gt;/status (VmRSS), in MB.</summary>
public static class ProcessMemory
{
    public static double ResidentMegabytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status")
            .First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    /// <summary>Samples the resident memory until cancelled and keeps the highest value.</summary>
    public static async Task<double> PeakWhileAsync(int processId, CancellationToken stop)
    {
        var peak = 0.0;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, ResidentMegabytes(processId));
            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException) { }
        }
        return Math.Max(peak, ResidentMegabytes(processId));
    }
}
