namespace CarPass.Host.Jobs.Operator;

/// <summary>`run-job &lt;job-id&gt;`: runs one recurring job now in this process and prints its summary.</summary>
internal static class RunJobVerb
{
    public const string Name = "run-job";
    private const string Key = "RunJob:Id";

    /// <summary>The job id travels as configuration; `--Key=value` settings pass through.</summary>
    public static string[] ToHostArgs(string[] args) =>
        args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? [$"--{Key}={args[0]}", .. args[1..]]
            : args;

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var jobId = services.GetRequiredService<IConfiguration>()[Key] ?? "";
        if (!JobCatalog.Knows(jobId))
        {
            await Console.Error.WriteLineAsync($"usage: run-job <{string.Join("|", JobIds.All)}>");
            return 2;
        }
        await output.WriteLineAsync($"{jobId}: {await JobCatalog.RunAsync(services, jobId, ct)}");
        return 0;
    }
}
