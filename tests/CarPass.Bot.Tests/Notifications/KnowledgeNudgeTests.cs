using CarPass.Bot.Routing;
using CarPass.Data.Documents;
using CarPass.Data.Tyres;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;

namespace CarPass.Bot.Tests.Notifications;

/// <summary>The document and tyre reminders as the owner reads them, through the real sweep and sender.</summary>
public sealed class KnowledgeNudgeTests : IAsyncLifetime
{
    private const long Owner = 811;
    private NudgeWorld _world = null!;

    public async Task InitializeAsync() => _world = await NudgeWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_expiring_policy_is_told_once_with_its_day_and_the_documents_button()
    {
        var (owner, car) = await OwnerWithCarAsync("en");
        var expires = NudgeWorld.Monday10Utc.UtcDateTime.Date.AddDays(7);
        var added = await _world
            .Service<DocumentUseCases>()
            .AddAsync(owner.Id, car, new DocumentDraft(DocumentKind.Osago, "XXX 0123454821", expires), default);
        Assert.True(added.IsSuccess);

        await _world.SweepAndSendAsync();
        await _world.SweepAndSendAsync();

        var nudge = Assert.Single(_world.SentTo(Owner));
        Assert.Contains("a document expires soon", nudge.Text);
        Assert.Contains("OSAGO — valid until 22 Jun 2026, 7 days left", nudge.Text);
        Assert.DoesNotContain("0123454821", nudge.Text);
        Assert.Equal($"dc:{CallbackData.Id(car)}", nudge.Button("Documents"));
    }

    [Fact]
    public async Task Summer_tyres_in_October_bring_a_russian_owner_the_tyre_reminder_with_the_tyres_button()
    {
        var (owner, car) = await OwnerWithCarAsync("ru");
        var fitted = NudgeWorld.Monday10Utc.UtcDateTime.Date;
        var added = await _world
            .Service<TyreUseCases>()
            .AddAsync(owner.Id, car, new TyreDraft(TyreSeason.Summer, "205/55 R16", false, fitted), default);
        Assert.True(added.IsSuccess);
        _world.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 5, 10, 0, 0, TimeSpan.Zero));

        await _world.SweepAndSendAsync();

        var nudge = Assert.Single(_world.SentTo(Owner));
        Assert.Contains("пора менять шины", nudge.Text);
        Assert.Contains("Зимние шины", nudge.Text);
        Assert.Equal($"ty:{CallbackData.Id(car)}", nudge.Button("Шины"));
    }

    private async Task<(User Owner, Guid Car)> OwnerWithCarAsync(string language)
    {
        var owner = (
            await _world
                .Service<UserUseCases>()
                .EnsureAsync(new TelegramProfile(Owner, "Owner", LanguageCode: language), false, default)
        ).Value!;
        var car = (
            await _world
                .Service<VehicleUseCases>()
                .AddAsync(owner.Id, new VehicleDraft("Vesta", "Lada", "Vesta", 2019), default)
        ).Value!;
        return (owner, car.Id);
    }
}
