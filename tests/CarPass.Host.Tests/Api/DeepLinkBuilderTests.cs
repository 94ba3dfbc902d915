using CarPass.Domain.Scoring;
using CarPass.Host.Api.DeepLinks;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Tests.Api;

public sealed class DeepLinkBuilderTests
{
    private static DeepLinkBuilder For(string username) =>
        new(Options.Create(new BotLinkOptions { BotUsername = username }));

    [Fact]
    public void Every_completeness_item_gets_a_valid_payload_of_at_most_64_characters()
    {
        var links = For("CarPassBot");
        var vehicle = Guid.CreateVersion7();

        foreach (var contributor in CompletenessScorer.DefaultContributors)
        {
            var link = links.FixMissingItem(contributor.Code, vehicle)!;
            var payload = link.Split("?start=")[1];
            Assert.True(DeepLinkBuilder.IsValidPayload(payload), payload);
            Assert.Equal($"fix_{contributor.Code}_{vehicle:N}", payload);
        }
    }

    [Fact]
    public void A_code_too_long_for_telegram_falls_back_to_the_vehicles_passport()
    {
        var vehicle = Guid.CreateVersion7();

        var link = For("CarPassBot").FixMissingItem(new string('x', 40), vehicle);

        Assert.Equal($"https://t.me/CarPassBot?start=passport_{vehicle:N}", link);
    }

    [Theory]
    [InlineData("@CarPassBot", "https://t.me/CarPassBot?start=add_vehicle")]
    [InlineData("", null)]
    [InlineData("bad name", null)]
    public void The_bot_username_is_used_without_its_at_sign_and_a_bad_one_gives_no_links(string name, string? expected)
    {
        Assert.Equal(expected, For(name).AddVehicle());
    }
}
