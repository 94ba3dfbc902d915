namespace CarPass.Bot.Tests.Notifications;

/// <summary>Tests whose host runs a Hangfire server: Hangfire keeps some state in statics, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireCollection
{
    public const string Name = "hangfire";
}
