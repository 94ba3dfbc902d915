using CarPass.Bot.Flows.Ocr;
using CarPass.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarPass.Bot.Tests.Ocr;

/// <summary>A bot instance loads the OCR models in the background at start, and a missing engine stops nothing.</summary>
public sealed class OcrWarmUpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_bot_instance_loads_the_models_in_the_background_at_start()
    {
        await using var world = await BotWorld.StartAsync(
            new Dictionary<string, string> { ["Ocr:WarmUpAtStart"] = "true" }
        );

        await WarmUp(world).ExecuteTask!.WaitAsync(Patience);

        Assert.True(WarmUp(world).ModelsLoaded);
    }

    [Fact]
    public async Task Without_the_models_the_warm_up_ends_quietly_and_the_bot_answers()
    {
        await using var world = await BotWorld.StartAsync(
            new Dictionary<string, string>
            {
                ["Ocr:WarmUpAtStart"] = "true",
                ["Ocr:TessdataPath"] = Path.Combine(Path.GetTempPath(), "no-tessdata-here"),
            }
        );

        await WarmUp(world).ExecuteTask!.WaitAsync(Patience);

        Assert.True(WarmUp(world).ExecuteTask!.IsCompletedSuccessfully);
        Assert.False(WarmUp(world).ModelsLoaded);
        Assert.Contains("CarPass", (await world.SayAsync(9001, "/start")).Text);
    }

    [Fact]
    public async Task The_warm_up_can_be_turned_off()
    {
        await using var world = await BotWorld.StartAsync();

        Assert.Empty(world.Host.Services.GetServices<IHostedService>().OfType<OcrWarmUp>());
    }

    private static OcrWarmUp WarmUp(BotWorld world) =>
        world.Host.Services.GetServices<IHostedService>().OfType<OcrWarmUp>().Single();
}
