using System.Collections.Concurrent;
using System.Diagnostics;
using CarPass.Bot.Tests.Support;
using CarPass.Ocr;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CarPass.Bot.Tests.Ocr;

/// <summary>
/// One person sends large blank images in a loop, each taking seconds to download, while others
/// log their mileage at the pace of people typing: nobody else's update is refused or waits longer
/// than <see cref="Bound"/>.
/// </summary>
[Collection(PhotoFloodCollection.Name)]
public sealed class PhotoFloodTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long Sender = 8001;
    private const int Photos = 3;
    private static readonly long[] Others = [8002, 8003, 8004];

    /// <summary>Between one person's updates: three people send about twelve a second together.</summary>
    private static readonly TimeSpan Typing = TimeSpan.FromMilliseconds(250);

    /// <summary>As long as a slow network takes to hand over each photo.</summary>
    private static readonly TimeSpan Download = TimeSpan.FromSeconds(4);

    /// <summary>The longest anyone else may wait for an answer while the photos are read (docs/RELIABILITY.md).</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        Assert.Null(await _world.Service<IOcrService>().WarmUpAsync(default));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Large_blank_images_in_a_loop_neither_refuse_nor_hold_up_anyone_else()
    {
        await _world.AddCarAsync(Sender, "Golf", 50_000);
        foreach (var person in Others)
            await _world.AddCarAsync(person, $"Car {person}", 50_000);
        var image = OcrImages.LargeBlank();
        var waits = new ConcurrentBag<(long Person, TimeSpan Wait, string Answer)>();
        using var flooding = new CancellationTokenSource();

        var flood = Task.Run(async () =>
        {
            var answers = new List<string>();
            for (var i = 0; i < Photos; i++)
            {
                var before = Count(Sender);
                _world.Photo(Sender, _world.Api.AddFile(image, Download), image.Length);
                answers.Add((await AnswerAsync(Sender, before, Download * 3)).Answer);
            }
            await flooding.CancelAsync();
            return answers;
        });
        var mileage = Others.Select(person => Task.Run(() => LogMileageAsync(person, waits, flooding.Token)));
        await Task.WhenAll(mileage.Append(flood));

        output.WriteLine($"{waits.Count} answers to others, the longest wait {waits.Max(w => w.Wait)}");
        Assert.All(await flood, answer => Assert.Contains("looks empty", answer));
        Assert.All(waits, w => Assert.DoesNotContain("nothing was saved", w.Answer));
        Assert.All(waits, w => Assert.True(w.Wait <= Bound, $"{w.Person} waited {w.Wait} for \"{w.Answer}\""));
        var saved = waits.Count(w => w.Answer.Contains("Mileage saved"));
        Assert.True(saved >= 3 * Others.Length, $"only {saved} readings were saved while the photos were read");
        var firstReadings = Others.Length + 1;
        Assert.Equal(firstReadings + saved, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
    }

    /// <summary>"/mileage", then the next reading, again and again until the photos are done.</summary>
    private async Task LogMileageAsync(
        long person,
        ConcurrentBag<(long, TimeSpan, string)> waits,
        CancellationToken until
    )
    {
        for (var km = 50_100; !until.IsCancellationRequested; km += 100)
        {
            foreach (var text in new[] { "/mileage", km.ToString() })
            {
                var before = Count(person);
                _world.Text(person, text);
                var (answer, wait) = await AnswerAsync(person, before, TimeSpan.FromSeconds(30));
                waits.Add((person, wait, answer));
                await Task.Delay(Typing, CancellationToken.None);
            }
        }
    }

    private int Count(long chat) => _world.Api.Sent.Count(m => m.ChatId == chat);

    private async Task<(string Answer, TimeSpan Wait)> AnswerAsync(long chat, int before, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        var answer = await _world.Api.WaitForAsync(
            sent => sent.Where(m => m.ChatId == chat).Skip(before).FirstOrDefault(),
            timeout
        );
        return (answer.Text, waited.Elapsed);
    }
}
