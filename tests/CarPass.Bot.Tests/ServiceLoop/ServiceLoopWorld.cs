using CarPass.Bot.Notifications;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>Four people in one chat world: an owner, a centre's manager and employee, and an operator.</summary>
public static class ServiceLoopWorld
{
    public const long Owner = 1001;
    public const long Manager = 2001;
    public const long Employee = 2002;
    public const long Operator = 3001;
    public const string Plate = "А123ВС77";

    public static Task<BotWorld> StartAsync(TimeProvider? clock = null) =>
        BotWorld.StartAsync(
            new Dictionary<string, string>
            {
                ["Admin:TelegramIds:0"] = Operator.ToString(),
                ["Telegram:BotUsername"] = "carpass_test_bot",
            },
            clock: clock
        );

    /// <summary>
    /// The owner's car, added through the write path with a Russian plate. The owner's quiet hours
    /// are off, so the requests they are sent arrive at once whatever hour the test runs at (tests
    /// of quiet hours turn them on).
    /// </summary>
    public static async Task<Guid> OwnerCarAsync(BotWorld world)
    {
        await world.SayAsync(Owner, "/start");
        var owner = await world.DbAsync(db => db.Users.SingleAsync(u => u.TelegramId == Owner));
        await QuietHoursAsync(world, Owner, 0, 0);
        var car = await world
            .Service<VehicleUseCases>()
            .AddAsync(owner.Id, new VehicleDraft("Camry", "Toyota", "Camry", 2019, null, Plate, "RU", 50_000), default);
        return car.Value!.Id;
    }

    /// <summary>Registration, operator verification and one employee joining by invitation.</summary>
    public static async Task VerifiedCenterWithEmployeeAsync(BotWorld world)
    {
        await world.SayAsync(Operator, "/start");
        var menu = await world.SayAsync(Manager, "/center");
        await world.TapAsync(Manager, menu, "Register");
        await world.SayAsync(Manager, "Motor & Sons");
        var address = await world.SayAsync(Manager, "Kazan");
        var contact = await world.TapAsync(Manager, address, "Skip");
        await world.TapAsync(Manager, contact, "Skip");
        var review = await OperatorNoticeAsync(world);
        await world.TapAsync(Operator, review, "Verify");
        await world.NextAsync(Manager);

        var center = await world.SayAsync(Manager, "/center");
        var invite = await world.TapAsync(Manager, center, "Invite");
        var code = invite
            .Text[(invite.Text.IndexOf("start=inv_", StringComparison.Ordinal) + "start=".Length)..]
            .Trim();
        await world.SayAsync(Employee, $"/start {code}");
    }

    /// <summary>The employee finds the car and the owner allows access for 7 days.</summary>
    public static async Task GrantedAccessAsync(BotWorld world)
    {
        var menu = await world.SayAsync(Employee, "/center");
        await world.TapAsync(Employee, menu, "Find a vehicle");
        var found = await world.SayAsync(Employee, "a123bc77");
        world.Tap(Employee, found, found.Button("Request access"));
        var ask = await world.NextAsync(Owner);
        await world.NextAsync(Employee);
        await world.TapAsync(Owner, ask, "7 days");
        await world.NextAsync(Employee);
    }

    /// <summary>A visit recorded through the chat; returns the owner's request to confirm it.</summary>
    public static async Task<SentMessage> RecordVisitAsync(BotWorld world, string work, int km)
    {
        await RecordVisitByEmployeeAsync(world, work, km);
        return await world.NextAsync(Owner);
    }

    /// <summary>A visit recorded through the chat with free text only; returns the employee's confirmation.</summary>
    public static Task<SentMessage> RecordVisitByEmployeeAsync(BotWorld world, string work, int km) =>
        RecordVisitByEmployeeAsync(world, [], work, km);

    /// <summary>
    /// A visit recorded through the chat: the kinds of work tapped by their labels, then Done, then
    /// the free text (Skip when null); returns the employee's confirmation.
    /// </summary>
    public static async Task<SentMessage> RecordVisitByEmployeeAsync(
        BotWorld world,
        IReadOnlyList<string> kinds,
        string? work,
        int km
    )
    {
        var choices = await VisitWorkStepAsync(world, km);
        foreach (var kind in kinds)
            choices = await world.TapAsync(Employee, choices, kind);
        var text = await world.TapAsync(Employee, choices, "Done");
        var parts = work is null ? await world.TapAsync(Employee, text, "Skip") : await world.SayAsync(Employee, work);
        var cost = await world.TapAsync(Employee, parts, "Skip");
        var note = await world.TapAsync(Employee, cost, "Skip");
        return await world.TapAsync(Employee, note, "Skip");
    }

    /// <summary>The employee starts recording a visit of the Toyota today at this mileage; returns the work step.</summary>
    public static async Task<SentMessage> VisitWorkStepAsync(BotWorld world, int km, string language = "en")
    {
        var ru = language == "ru";
        var menu = await world.SayAsync(Employee, "/center", language);
        var vehicle = await world.TapAsync(Employee, menu, ru ? "Записать визит" : "Record a visit", language);
        var date = await world.TapAsync(Employee, vehicle, "Toyota", language);
        await world.TapAsync(Employee, date, ru ? "Сегодня" : "Today", language);
        return await world.SayAsync(Employee, km.ToString(), language);
    }

    /// <summary>Runs the operators' review notices (the notification sender job does it every minute) and returns the operator's.</summary>
    public static async Task<SentMessage> OperatorNoticeAsync(BotWorld world)
    {
        await world.Service<ReviewNoticeSender>().SendDueAsync(default);
        return await world.NextAsync(Operator);
    }

    /// <summary>Sets a user's quiet hours through the real use case (equal hours: none).</summary>
    public static async Task QuietHoursAsync(BotWorld world, long telegramId, int start, int end)
    {
        var user = await UserAsync(world, telegramId);
        var preferences = new NotificationPreferences { QuietHoursStart = start, QuietHoursEnd = end };
        Assert.True(
            (await world.Service<UserUseCases>().SetNotificationsAsync(user.Id, preferences, default)).IsSuccess
        );
    }

    public static Task<User> UserAsync(BotWorld world, long telegramId) =>
        world.DbAsync(db => db.Users.SingleAsync(u => u.TelegramId == telegramId));
}
