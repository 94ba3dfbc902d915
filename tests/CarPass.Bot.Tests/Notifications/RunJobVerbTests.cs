using CarPass.Data.Bot;
using CarPass.Data.Persistence;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task The_nightly_cleanup_forgets_handled_update_ids_older_than_three_days()
    {
        var now = DateTime.UtcNow;
        await using (var scope = _world.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
            db.ProcessedUpdates.AddRange(
                new ProcessedUpdate { UpdateId = 1, ProcessedAt = now.AddHours(-73) },
                new ProcessedUpdate { UpdateId = 2, ProcessedAt = now.AddHours(-71) }
            );
            await db.SaveChangesAsync();
        }

        var exit = await RunHostAsync("run-job", "handled-updates-cleanup");

        Assert.Equal(0, exit);
        await using var check = _world.Host.Services.CreateAsyncScope();
        Assert.Equal(
            [2L],
            await check
                .ServiceProvider.GetRequiredService<CarPassDbContext>()
                .ProcessedUpdates.Select(p => p.UpdateId)
                .ToListAsync()
        );
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
