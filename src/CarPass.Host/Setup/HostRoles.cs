namespace CarPass.Host.Setup;

/// <summary>
/// What this instance does (Host:Roles, any of bot, api, jobs; all by default), so a deployment can
/// run API instances apart from job servers. /healthz and /healthz/ready are always there.
/// </summary>
public sealed record HostRoles(bool Bot, bool Api, bool Jobs)
{
    public static HostRoles From(IConfiguration configuration)
    {
        var value = configuration["Host:Roles"];
        if (string.IsNullOrWhiteSpace(value))
            return new HostRoles(true, true, true);
        var roles = value
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToLowerInvariant())
            .ToHashSet();
        var unknown = roles.Except(["bot", "api", "jobs"]).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"Host:Roles may name bot, api and jobs; not {string.Join(", ", unknown)}."
            );
        return new HostRoles(roles.Contains("bot"), roles.Contains("api"), roles.Contains("jobs"));
    }
}
