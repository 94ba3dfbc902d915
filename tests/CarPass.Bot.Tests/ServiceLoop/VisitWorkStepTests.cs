using CarPass.Bot.Tests.Support;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>The visit wizard's work step: kinds chosen with buttons, several at once, at least a kind or a text.</summary>
public sealed class VisitWorkStepTests : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
        await GrantedAccessAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Kinds_turn_on_and_off_and_a_replayed_tap_changes_nothing()
    {
        var kinds = await VisitWorkStepAsync(_world, 50_100);
        var turnOnOil = kinds.Button("Engine oil");

        var oil = await _world.TapAsync(Employee, kinds, "Engine oil");
        var pads = await _world.TapAsync(Employee, oil, "Brake pads");
        _world.Tap(Employee, kinds, turnOnOil);
        await BotWorld.WaitUntilAsync(
            () => Task.FromResult(_world.Api.CallbackNotices.Any(n => n.Contains("out of date"))),
            "the replayed tap is refused"
        );
        var padsOff = await _world.TapAsync(Employee, pads, "✅ Brake pads");

        Assert.Contains("Chosen: nothing yet", kinds.Text);
        Assert.Contains("Chosen: Engine oil", oil.Text);
        Assert.Contains("✅ Engine oil", oil.Buttons.Select(b => b.Text));
        Assert.Contains("Chosen: Engine oil, Brake pads", pads.Text);
        Assert.Contains("Chosen: Engine oil\n", padsOff.Text + "\n");
        Assert.Contains("Brake pads", padsOff.Buttons.Select(b => b.Text));
        var more = await _world.TapAsync(Employee, padsOff, "Done");
        Assert.Contains("Anything else done?", more.Text);
        var parts = await _world.TapAsync(Employee, more, "Skip");
        var cost = await _world.TapAsync(Employee, parts, "Skip");
        var note = await _world.TapAsync(Employee, cost, "Skip");
        await _world.TapAsync(Employee, note, "Skip");
        var visit = await _world.DbAsync(db => db.ServiceVisits.SingleAsync());
        Assert.Equal([ServiceKind.EngineOil], visit.WorkKinds);
        Assert.Equal("", visit.WorkItems);
    }

    [Fact]
    public async Task Without_a_kind_the_work_must_be_typed()
    {
        var kinds = await VisitWorkStepAsync(_world, 50_100);

        var text = await _world.TapAsync(Employee, kinds, "Done");

        Assert.Contains("What work was done?", text.Text);
        Assert.DoesNotContain(text.Buttons, b => b.Text.Contains("Skip"));
        Assert.Equal(0, await _world.DbAsync(db => db.ServiceVisits.CountAsync()));
    }

    [Fact]
    public async Task A_russian_employee_sees_the_kinds_in_russian_and_the_english_owner_reads_them_in_english()
    {
        await _world.DbAsync(db =>
            db.Users.Where(u => u.TelegramId == Employee).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "ru"))
        );
        var kinds = await VisitWorkStepAsync(_world, 50_100, "ru");
        var chosen = await _world.TapAsync(Employee, kinds, "Моторное масло", "ru");
        var more = await _world.TapAsync(Employee, chosen, "Готово", "ru");
        var parts = await _world.SayAsync(Employee, "Щётки <стеклоочистителя>", "ru");
        var cost = await _world.TapAsync(Employee, parts, "Пропустить", "ru");
        var note = await _world.TapAsync(Employee, cost, "Пропустить", "ru");
        var recorded = await _world.TapAsync(Employee, note, "Пропустить", "ru");
        var ask = await _world.NextAsync(Owner);

        Assert.Contains("Что-то ещё сделано?", more.Text);
        Assert.Contains("Моторное масло — Щётки &lt;стеклоочистителя&gt;", recorded.Text);
        Assert.Contains("Work: Engine oil — Щётки &lt;стеклоочистителя&gt;", ask.Text);
    }
}
