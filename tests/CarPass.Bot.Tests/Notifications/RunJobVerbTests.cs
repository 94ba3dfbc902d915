using CarPass.Domain.Notifications;

namespace CarPass.Bot.Tests.Notifications;

/// <summary>Runs the host's real entry point with `run-job` against the world's database.</summary>
public sealed class RunJobVerbTests : IAsyncLifetime
{
    private NudgeWorld _world = null!;

    public async Task InitializeAsync() => _world = await NudgeWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Run_job_runs_a_recurring_job_now()
    {
        await _world.OwnerWithOverdueCarsAsync(801);

        var exit = await RunHostAsync("run-job", "maintenance-sweep");

        Assert.Equal(0, exit);
        Assert.Single(await _world.OutboxAsync(), o => o.Kind == NotificationKind.MaintenanceOverdue);
    }

    [Theory]
    [InlineData("no-such-job")]
    [InlineData("--Jobs:WorkerCount=1")]
    public async Task Run_job_without_a_known_job_id_says_how_to_use_it(string argument) =>
        Assert.Equal(2, await RunHostAsync("run-job", argument));

    private async Task<int> RunHostAsync(params string[] verb)
    {
        var entry = typeof(Program).Assembly.EntryPoint!;
        string[] args =
        [
            .. verb,
            $"--ConnectionStrings:CarPass={_world.ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
        ];
        return await Task.Run(() => (int)entry.Invoke(null, [args])!);
    }
}
