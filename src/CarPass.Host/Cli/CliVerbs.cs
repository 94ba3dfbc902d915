using CarPass.Host.Demo;
using CarPass.Host.Jobs.Operator;

namespace CarPass.Host.Cli;

/// <summary>One-shot commands of the host: `dotnet run --project src/CarPass.Host -- seed-demo` (or `ocr …`, `run-job …`).</summary>
internal static class CliVerbs
{
    private static readonly string[] Known = ["seed-demo", OcrVerb.Name, RunJobVerb.Name];

    public static (string? Verb, string[] HostArgs) Split(string[] args) =>
        args.Length > 0 && Known.Contains(args[0]) ? (args[0], VerbArgs(args[0], args[1..])) : (null, args);

    private static string[] VerbArgs(string verb, string[] args) =>
        verb switch
        {
            OcrVerb.Name => OcrVerb.ToHostArgs(args),
            RunJobVerb.Name => RunJobVerb.ToHostArgs(args),
            _ => args,
        };

    public static async Task<int> RunAsync(WebApplication app, string verb, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var output = Console.Out;
        return verb switch
        {
            "seed-demo" => await scope.ServiceProvider.GetRequiredService<DemoSeeder>().RunAsync(output, ct),
            OcrVerb.Name => await OcrVerb.RunAsync(scope.ServiceProvider, output, ct),
            RunJobVerb.Name => await RunJobVerb.RunAsync(scope.ServiceProvider, output, ct),
            _ => 2,
        };
    }
}
