using CarPass.Host.Demo;
using CarPass.Host.Jobs.Operator;

namespace CarPass.Host.Cli;

/// <summary>One-shot commands of the host: `dotnet run --project src/CarPass.Host -- seed-demo` (or `run-job …`).</summary>
internal static class CliVerbs
{
    private static readonly string[] Known = ["seed-demo", RunJobVerb.Name];

    public static (string? Verb, string[] HostArgs) Split(string[] args) =>
        args.Length > 0 && Known.Contains(args[0])
            ? (args[0], args[0] == RunJobVerb.Name ? RunJobVerb.ToHostArgs(args[1..]) : args[1..])
            : (null, args);

    public static async Task<int> RunAsync(WebApplication app, string verb, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var output = Console.Out;
        return verb switch
        {
            "seed-demo" => await scope.ServiceProvider.GetRequiredService<DemoSeeder>().RunAsync(output, ct),
            RunJobVerb.Name => await RunJobVerb.RunAsync(scope.ServiceProvider, output, ct),
            _ => 2,
        };
    }
}
