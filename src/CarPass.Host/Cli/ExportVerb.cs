using CarPass.Data.Access;
using CarPass.Data.Export;
using CarPass.Data.Persistence;
using CarPass.Host.Api.Export;

namespace CarPass.Host.Cli;

/// <summary>
/// `export --vehicle &lt;id&gt; --out &lt;file&gt; [--format zip|json] [--overwrite]`: for support, the
/// vehicle's export exactly as its current owner gets it from the bot or the Mini App (the same reader and
/// writer). The file is written 0600: it holds personal data.
/// </summary>
internal static class ExportVerb
{
    public const string Name = "export";
    private const string VehicleKey = "Export:Vehicle";
    private const string OutKey = "Export:Out";
    private const string FormatKey = "Export:Format";
    private const string OverwriteKey = "Export:Overwrite";
    private const string Usage = "usage: export --vehicle <vehicle id> --out <file> [--format zip|json] [--overwrite]";

    public static string[] ToHostArgs(string[] args)
    {
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i] switch
            {
                "--vehicle" => VehicleKey,
                "--out" => OutKey,
                "--format" => FormatKey,
                _ => null,
            };
            if (key is not null && i + 1 < args.Length)
                hostArgs.Add($"--{key}={args[++i]}");
            else if (args[i] == "--overwrite")
                hostArgs.Add($"--{OverwriteKey}=true");
            else
                hostArgs.Add(args[i]);
        }
        return [.. hostArgs];
    }

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (
            !Guid.TryParse(configuration[VehicleKey], out var vehicleId)
            || configuration[OutKey] is not { Length: > 0 } file
            || ExportFormats.Parse(configuration[FormatKey]) is not { } format
        )
            return await FailAsync(Usage, 2);
        var target = Path.GetFullPath(file);
        if (File.Exists(target) && !configuration.GetValue<bool>(OverwriteKey))
            return await FailAsync($"{target} exists; add --overwrite to replace it.");
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var owner = await services.GetRequiredService<VehicleAccessReader>().OwnerOfAsync(vehicleId, now, ct);
        var bundle = owner is { } ownerId
            ? await services.GetRequiredService<ExportReader>().ReadAsync(ownerId, vehicleId, now, ct)
            : null;
        if (bundle is null)
            return await FailAsync($"No vehicle {vehicleId} with an owner.");
        var export = ExportWriter.Write(bundle, format);
        OwnerOnly.EnsureFolder(Path.GetDirectoryName(target)!);
        var partial = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            OwnerOnly.EnsureFile(partial);
            await File.WriteAllBytesAsync(partial, export.Content, ct);
            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
        await output.WriteLineAsync(
            $"Exported vehicle {vehicleId} to {target} ({export.Content.Length:N0} bytes, {bundle.Odometer.Count} odometer, {bundle.Fuel.Count} fuel, {bundle.Service.Count} service, {bundle.Visits.Count} visit records)."
        );
        return 0;
    }

    private static async Task<int> FailAsync(string message, int exitCode = 1)
    {
        await Console.Error.WriteLineAsync(message);
        return exitCode;
    }
}
