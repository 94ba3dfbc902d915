using System.Globalization;
using CarPass.Bot.Notifications;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.ServiceLoop;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CarPass.Bot.Tests.Texts;

/// <summary>
/// The whole service loop and the owner's flows, by people whose centre and cars carry
/// <c>&amp; &lt; &gt; ' "</c> and emoji in their names, in both languages and two time zones. The fake
/// Bot API checks every message and keyboard the bot sends (<see cref="TelegramMessageCheck"/>):
/// valid Telegram HTML, nothing escaped twice, plain labels, Telegram's limits.
/// </summary>
public sealed class ChatReadsRightTests
{
    private const string Centre = "Mike's Garage & Sons";
    private const string City = "Kazan <\"центр\">";
    private const string FirstCar = "Ласточка 🚗 & Co";
    private const string SecondCar = "Tom & Jerry <3";
    private const string Plate = "А123ВС77";

    /// <summary>00:15 in Moscow on 5 December, still 4 December in UTC.</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 21, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("ru", "Europe/Moscow")]
    [InlineData("en", "Europe/Moscow")]
    [InlineData("ru", "Etc/UTC")]
    [InlineData("en", "Etc/UTC")]
    public async Task Every_message_of_the_service_loop_reads_right(string language, string zone)
    {
        var clock = new FakeTimeProvider(Start);
        await using var world = await ServiceLoopWorld.StartAsync(clock);
        var owner = new ChatPerson(world, ServiceLoopWorld.Owner, language);
        var manager = new ChatPerson(world, ServiceLoopWorld.Manager, language);
        var employee = new ChatPerson(world, ServiceLoopWorld.Employee, language);
        var op = new ChatPerson(world, ServiceLoopWorld.Operator, language);
        var buyer = new ChatPerson(world, 4001, language);
        foreach (var person in new[] { owner, manager, op, buyer })
            await MeetAsync(world, person, zone);
        var local = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var lang = Languages.FromCode(language);

        var first = await OwnerFlowsAsync(world, owner);
        var second = await SecondCarAsync(world, owner);
        await RegisterVerifiedCentreAsync(world, manager, op);
        await JoinAsync(world, manager, employee, zone);

        // Access for 7 days: the owner's list shows its end in their zone, their language's way.
        await AccessAsync(owner, employee);
        var grants = await owner.AskAsync("/access", "gr:");
        Assert.Contains(Moment(Start.UtcDateTime.AddDays(7), local, lang, LocalMoment.DayAndTime), Visible(grants));

        // A visit of yesterday (the people's yesterday), confirmed; another disputed and answered.
        var ask = await RecordVisitAsync(employee, owner, second, yesterday: true);
        Assert.Contains(Moment(Yesterday(local), local, lang, LocalMoment.Day), Visible(ask));
        var confirmed = await owner.TapPrefixAsync(ask, "vc:");
        Assert.Contains(TextCatalog.Get(lang, "bot.visit.confirmed"), Visible(confirmed));
        // The centre's notice goes out after the owner's answer: the employee's next command must not meet it.
        var notice = TextCatalog.Get(lang, "bot.visit.confirmed_notice", "", "").Split(" (")[0];
        await employee.WaitForAsync(m => Visible(m).StartsWith(notice, StringComparison.Ordinal));
        var disputed = await RecordVisitAsync(employee, owner, second, yesterday: false);
        Assert.Contains(Moment(Start.UtcDateTime, local, lang, LocalMoment.Day), Visible(disputed));
        await DisputeAsync(owner, manager, op, disputed, second, lang);

        await owner.TapPrefixAsync(await owner.AskAsync("/access", "gr:"), "gr:");
        await TransferAsync(owner, buyer, first);

        var seen = world.Api.Sent.Select(m => TelegramMessageCheck.Parse(m.Text).Visible ?? "").ToList();
        Assert.Empty(world.Api.Unreadable);
        Assert.True(seen.Count > 60, $"{seen.Count} messages");
        Assert.Contains(seen, t => t.Contains(Centre));
        Assert.Contains(seen, t => t.Contains(FirstCar));
        Assert.Contains(seen, t => t.Contains(SecondCar));
        Assert.Contains(seen, t => t.Contains(City));
        Assert.Contains(world.Api.Sent.SelectMany(m => m.Buttons), b => b.Text.Contains(SecondCar));
    }

    /// <summary>Start, the test's time zone, no quiet hours (the story runs past midnight in Moscow).</summary>
    private static async Task MeetAsync(BotWorld world, ChatPerson person, string zone)
    {
        await person.SayAsync("/start");
        var user = await ServiceLoopWorld.UserAsync(world, person.Id);
        Assert.True((await world.Service<UserUseCases>().SetTimeZoneAsync(user.Id, zone, default)).IsSuccess);
        await ServiceLoopWorld.QuietHoursAsync(world, person.Id, 0, 0);
    }

    /// <summary>The first car through /add, then mileage, fuel, a service, a reminder, garage, passport, settings.</summary>
    private static async Task<Guid> OwnerFlowsAsync(BotWorld world, ChatPerson owner)
    {
        var step = await owner.SayAsync("/add");
        step = await owner.SayAsync(FirstCar);
        for (var i = 0; i < 5; i++)
            step = await owner.SkipAsync(step);
        step = await owner.SayAsync("84 500");
        var added = await owner.SkipAsync(step);
        var id = Id(added, "p:");

        var menu = await owner.TapPrefixAsync(await owner.SayAsync("/garage"), $"v:{id}");
        step = await owner.TapPrefixAsync(menu, $"f:km:{id}");
        await owner.SayAsync("85 000");

        step = await owner.TapPrefixAsync(menu, $"f:fuel:{id}");
        step = await owner.SayAsync("42,5");
        step = await owner.SayAsync("2 150,50");
        step = await owner.SkipAsync(step);
        await owner.TapSuffixAsync(step, ":full");

        step = await owner.TapPrefixAsync(menu, $"f:svc:{id}");
        step = await owner.TapSuffixAsync(step, ":EngineOil");
        step = await owner.TapAsync(step, d => d.StartsWith("w:svc:", StringComparison.Ordinal) && d.Contains("-12-"));
        step = await owner.SkipAsync(step);
        await owner.SayAsync("Oil & <filter> \"5W-30\"");

        step = await owner.TapPrefixAsync(menu, $"f:rem:{id}");
        step = await owner.TapSuffixAsync(step, ":EngineOil");
        await owner.SayAsync("10 000");
        await owner.SayAsync("12");
        await owner.SayAsync("01.06.2026");
        await owner.SayAsync("80 000");

        await owner.SayAsync("/passport");
        await owner.SayAsync("/settings");
        return await world.DbAsync(db => db.Vehicles.Where(v => v.Name == FirstCar).Select(v => v.Id).SingleAsync());
    }

    private static async Task<Guid> SecondCarAsync(BotWorld world, ChatPerson owner)
    {
        var user = await ServiceLoopWorld.UserAsync(world, owner.Id);
        var car = await world
            .Service<VehicleUseCases>()
            .AddAsync(
                user.Id,
                new VehicleDraft(SecondCar, "Toyota", "Camry", 2019, null, Plate, "RU", 50_000),
                default
            );
        var garage = await owner.SayAsync("/garage");
        Assert.Contains(garage.Buttons, b => b.Text.StartsWith(SecondCar, StringComparison.Ordinal));
        return car.Value!.Id;
    }

    private static async Task RegisterVerifiedCentreAsync(BotWorld world, ChatPerson manager, ChatPerson op)
    {
        var step = await manager.TapPrefixAsync(await manager.SayAsync("/center"), "f:reg");
        await manager.SayAsync(Centre);
        step = await manager.SayAsync(City);
        step = await manager.SkipAsync(step);
        await manager.SkipAsync(step);
        await world.Service<ReviewNoticeSender>().SendDueAsync(default);
        var review = await op.WaitForButtonAsync("op:");
        Assert.Contains(Centre, Visible(review));
        await op.TapSuffixAsync(review, ":v");
        await manager.WaitForAsync(m => Visible(m).Contains(Centre));
    }

    private static async Task JoinAsync(BotWorld world, ChatPerson manager, ChatPerson employee, string zone)
    {
        var invite = await manager.TapPrefixAsync(await manager.AskAsync("/center", "ci:"), "ci:");
        var code = invite
            .Text[(invite.Text.IndexOf("start=inv_", StringComparison.Ordinal) + "start=".Length)..]
            .Trim();
        await employee.SayAsync($"/start {code}");
        await MeetAsync(world, employee, zone);
        var team = await manager.TapPrefixAsync(await manager.AskAsync("/center", "ce:"), "ce:");
        Assert.NotEmpty(team.Buttons);
    }

    private static async Task AccessAsync(ChatPerson owner, ChatPerson employee)
    {
        await employee.TapPrefixAsync(await employee.AskAsync("/center", "f:find"), "f:find");
        var found = await employee.SayAsync("а123вс77");
        await employee.TapPrefixAsync(found, "ar:");
        var ask = await owner.WaitForButtonAsync("ad:");
        await owner.TapSuffixAsync(ask, ":7");
        await employee.WaitForAsync(m => m.Buttons.Count() == 0 || m.Text.Length > 0);
    }

    /// <summary>The employee records a visit with a kind of work, a text, a cost; returns the owner's request.</summary>
    private static async Task<SentMessage> RecordVisitAsync(
        ChatPerson employee,
        ChatPerson owner,
        Guid car,
        bool yesterday
    )
    {
        var step = await employee.TapPrefixAsync(await employee.AskAsync("/center", "f:visit"), "f:visit");
        step = await employee.TapSuffixAsync(step, Id(car));
        var dates = step.Buttons.Select(b => b.CallbackData!).Where(d => d.Contains("-12-")).ToList();
        step = await employee.TapAsync(step, d => d == dates[yesterday ? 1 : 0]);
        // Yesterday's visit below today's reading, today's above it: both plausible.
        step = await employee.SayAsync(yesterday ? "49 900" : "50 700");
        step = await employee.TapSuffixAsync(step, ":+EngineOil");
        step = await employee.TapSuffixAsync(step, ":~d");
        step = await employee.SayAsync("Oil & filter <OEM> \"Castrol\"");
        step = await employee.SkipAsync(step);
        step = await employee.SayAsync("1 500,50");
        await employee.SkipAsync(step);
        return await owner.WaitForButtonAsync("vc:");
    }

    private static async Task DisputeAsync(
        ChatPerson owner,
        ChatPerson manager,
        ChatPerson op,
        SentMessage ask,
        Guid car,
        Language language
    )
    {
        await owner.TapPrefixAsync(ask, "vd:");
        await owner.SayAsync("Not done & <never> \"really\"");
        var passport = await owner.TapSuffixAsync(await owner.AskAsync("/passport", "p:"), Id(car));
        Assert.Contains(TextCatalog.Get(language, "bot.passport.disputes", 1), Visible(passport));
        var notice = await manager.WaitForButtonAsync("f:dans:");
        await manager.TapPrefixAsync(notice, "f:dans:");
        await manager.SayAsync("We did it & more <see photo>");
        var answered = await op.WaitForAsync(m =>
            m.Buttons.Any(b => b.CallbackData?.StartsWith("dr:") == true) && Visible(m).Contains("<see photo>")
        );
        await op.TapSuffixAsync(answered, ":o");
    }

    private static async Task TransferAsync(ChatPerson owner, ChatPerson buyer, Guid car)
    {
        var menu = await owner.TapPrefixAsync(await owner.AskAsync("/garage", "v:"), $"v:{Id(car)}");
        var link = await owner.TapPrefixAsync(menu, "to:");
        var at = link.Text.IndexOf("start=own_", StringComparison.Ordinal);
        Assert.True(at > 0, link.Text);
        var code = link.Text[(at + "start=".Length)..].Split('\n')[0].Trim();
        var preview = await buyer.SayAsync($"/start {code}");
        await buyer.TapPrefixAsync(preview, "ot:");
        await owner.WaitForAsync(m => Visible(m).Contains(FirstCar));
    }

    private static string Visible(SentMessage message) =>
        TelegramMessageCheck.Parse(message.Text).Visible ?? $"(broken HTML) {message.Text}";

    private static DateTime Yesterday(TimeZoneInfo zone)
    {
        var localDay = TimeZoneInfo.ConvertTimeFromUtc(Start.UtcDateTime, zone).Date.AddDays(-1);
        return TimeZoneInfo.ConvertTimeToUtc(localDay.AddHours(12), zone);
    }

    private static string Moment(DateTime utc, TimeZoneInfo zone, Language language, string format) =>
        TimeZoneInfo
            .ConvertTimeFromUtc(utc, zone)
            .ToString(
                (language, format) switch
                {
                    (Language.Ru, LocalMoment.Day) => "dd.MM.yyyy",
                    (Language.Ru, _) => "dd.MM.yyyy HH:mm",
                    (_, LocalMoment.Day) => "d MMM yyyy",
                    _ => "d MMM yyyy, HH:mm",
                },
                CultureInfo.InvariantCulture
            );

    private static string Id(Guid id) => CarPass.Bot.Routing.CallbackData.Id(id);

    /// <summary>The id a button names after its action, e.g. "p:{id}".</summary>
    private static string Id(SentMessage message, string prefix) =>
        message.Buttons.Select(b => b.CallbackData!).First(d => d.StartsWith(prefix, StringComparison.Ordinal))[
            prefix.Length..
        ];
}
