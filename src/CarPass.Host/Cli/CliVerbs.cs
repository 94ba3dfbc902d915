using CarPass.Host.Demo;
using CarPass.Host.Jobs.Operator;
using CarPass.Host.Setup;

namespace CarPass.Host.Cli;

/// <summary>One-shot commands of the host: `dotnet run --project src/CarPass.Host -- seed-demo` (or `ocr …`, `run-job …`, `backup …`, `export …`).</summary>
internal static class CliVerbs
{
    private static readonly string[] Known =
    [
        SeedDemoVerb.Name,
        OcrVerb.Name,
        RunJobVerb.Name,
        BackupVerb.Name,
        ExportVerb.Name,
    ];

    public static (string? Verb, string[] HostArgs) Split(string[] args) =>
        args.Length > 0 && Known.Contains(args[0]) ? (args[0], VerbArgs(args[0], args[1..])) : (null, args);

    private static string[] VerbArgs(string verb, string[] args) =>
        verb switch
        {
            SeedDemoVerb.Name => SeedDemoVerb.ToHostArgs(args),
            OcrVerb.Name => OcrVerb.ToHostArgs(args),
            RunJobVerb.Name => RunJobVerb.ToHostArgs(args),
            BackupVerb.Name => BackupVerb.ToHostArgs(args),
            ExportVerb.Name => ExportVerb.ToHostArgs(args),
            _ => args,
        };

    /// <summary>
    /// backup copies the database as it is; a refused seed-demo leaves it untouched; the other verbs
    /// work on a migrated database, as the host does.
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, string verb, CancellationToken ct)
    {
        var output = Console.Out;
        if (verb == BackupVerb.Name)
            return await BackupVerb.RunAsync(app.Services, output, ct);
        if (verb == SeedDemoVerb.Name && SeedDemoVerb.Refusal(app.Services) is { } refusal)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 1;
        }
        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        return verb switch
        {
            SeedDemoVerb.Name => await scope.ServiceProvider.GetRequiredService<DemoSeeder>().RunAsync(output, ct),
            OcrVerb.Name => await OcrVerb.RunAsync(scope.ServiceProvider, output, ct),
            RunJobVerb.Name => await RunJobVerb.RunAsync(scope.ServiceProvider, output, ct),
            ExportVerb.Name => await ExportVerb.RunAsync(scope.ServiceProvider, output, ct),
            _ => 2,
        };
    }
}
