namespace CarPass.Host.Demo;

/// <summary>
/// `seed-demo [--force]`: the demo garage. It makes the fixed Telegram ids 100000001 and 100000002
/// an owner and a verified centre's manager — real people's ids on a real bot — so in Production it
/// runs only when told --force.
/// </summary>
internal static class SeedDemoVerb
{
    public const string Name = "seed-demo";
    private const string ForceKey = "SeedDemo:Force";

    /// <summary>--force travels as configuration; `--Key=value` settings pass through.</summary>
    public static string[] ToHostArgs(string[] args) =>
        [.. args.Select(a => a == "--force" ? $"--{ForceKey}=true" : a)];

    /// <summary>Why seed-demo must not run here, or null when it may.</summary>
    public static string? Refusal(IServiceProvider services) =>
        services.GetRequiredService<IHostEnvironment>().IsProduction()
        && !services.GetRequiredService<IConfiguration>().GetValue<bool>(ForceKey)
            ? $"seed-demo refuses to run in Production: it makes Telegram ids {DemoSeeder.OwnerTelegramId} and {DemoSeeder.EmployeeTelegramId} an owner and a centre's manager. "
                + "Run it with the 'local' launch profile (Development), or add --force if this database really is a demo."
            : null;
}
