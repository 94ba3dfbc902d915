using CarPass.Bot.Notifications;
using CarPass.Bot.Routing;
using CarPass.Data.Notifications;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Notifications;

namespace CarPass.Bot.Tests.Notifications;

public sealed class NudgeRendererTests
{
    private static readonly Guid Vehicle = Guid.Parse("0197a000-0000-7000-8000-000000000001");
    private static readonly Guid Request = Guid.Parse("0197a000-0000-7000-8000-0000000000f1");
    private static readonly string V = CallbackData.Id(Vehicle);
    private static readonly string R = CallbackData.Id(Request);

    public static TheoryData<NotificationKind, string, string> Cases()
    {
        var data = new TheoryData<NotificationKind, string, string>();
        foreach (var language in new[] { "en", "ru" })
        {
            data.Add(NotificationKind.MaintenanceDueSoon, language, $"f:svc:{V}");
            data.Add(NotificationKind.MaintenanceOverdue, language, $"f:svc:{V}");
            data.Add(NotificationKind.VisitAwaitingConfirmation, language, $"vc:{R}");
            data.Add(NotificationKind.DataChangePending, language, $"cd:{R}:y");
            data.Add(NotificationKind.AccessRequestPending, language, $"ad:{R}:1");
            data.Add(NotificationKind.ProfileMilestone, language, $"n:vin:{V}");
            data.Add(NotificationKind.FirstVerifiedService, language, $"p:{V}");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_nudge_says_what_to_do_and_offers_the_button_to_do_it(
        NotificationKind kind,
        string language,
        string firstButton
    )
    {
        var rendered = NudgeRenderer.Render(Claimed(kind, language));

        Assert.Equal(firstButton, rendered.Keyboard.InlineKeyboard.First().First().CallbackData);
        Assert.DoesNotContain("notify.", rendered.Html.Markup);
        Assert.DoesNotContain("missing.", rendered.Html.Markup);
        Assert.Contains("Golf &lt;GTI&gt;", rendered.Html.Markup);
        Assert.True(rendered.Html.Markup.Split('\n').Length >= 3, rendered.Html.Markup);
    }

    [Fact]
    public void A_maintenance_nudge_lists_the_items_and_says_when_mileage_is_estimated()
    {
        var html = NudgeRenderer.Render(Claimed(NotificationKind.MaintenanceOverdue, "en")).Html.Markup;

        Assert.Contains("Engine oil — due 15 Jun 2026 or at 60\u00A0000 km", html);
        Assert.Contains("about 61\u00A0000 km", html);
    }

    [Theory]
    [InlineData(NotificationKind.VisitAwaitingConfirmation, "en", "Mute this centre")]
    [InlineData(NotificationKind.DataChangePending, "ru", "Не присылать от этого сервиса")]
    [InlineData(NotificationKind.AccessRequestPending, "en", "Mute this centre")]
    public void A_requests_reminder_offers_to_mute_its_centre_and_nothing_else_does(
        NotificationKind kind,
        string language,
        string label
    )
    {
        var centre = Guid.Parse("0197a000-0000-7000-8000-0000000000c1");

        var reminder = NudgeRenderer.Render(Claimed(kind, language, centre));
        var overdue = NudgeRenderer.Render(Claimed(NotificationKind.MaintenanceOverdue, language, centre));

        var mute = reminder.Keyboard.InlineKeyboard.Last().Single();
        Assert.Contains(label, mute.Text);
        Assert.Equal($"s:mu:{CallbackData.Id(centre)}", mute.CallbackData);
        Assert.DoesNotContain(
            overdue.Keyboard.InlineKeyboard.SelectMany(r => r),
            b => b.CallbackData!.StartsWith("s:mu:")
        );
    }

    [Theory]
    [InlineData("en", "A service centre did it")]
    [InlineData("ru", "Это сделал сервис")]
    public void Only_the_overdue_nudge_offers_a_service_centre_did_it_beside_logging_it(string language, string label)
    {
        var overdue = NudgeRenderer.Render(Claimed(NotificationKind.MaintenanceOverdue, language)).Keyboard;
        var dueSoon = NudgeRenderer.Render(Claimed(NotificationKind.MaintenanceDueSoon, language)).Keyboard;

        var buttons = overdue.InlineKeyboard.SelectMany(row => row).ToList();
        Assert.Equal([$"f:svc:{V}", $"vw:{V}", $"p:{V}"], buttons.Select(b => b.CallbackData));
        Assert.Equal($"🏪 {label}", buttons[1].Text);
        Assert.DoesNotContain(dueSoon.InlineKeyboard.SelectMany(row => row), b => b.CallbackData == $"vw:{V}");
    }

    private static ClaimedNudge Claimed(NotificationKind kind, string language, Guid? centre = null)
    {
        var facts = new NudgeFacts
        {
            Due = [new DueItem(ServiceKind.EngineOil, ReminderDue.Overdue, new DateTime(2026, 6, 15), 60_000)],
            CurrentKm = 60_500,
            EstimatedKm = 61_000,
            CenterName = "Autoservice",
            Since = new DateTime(2026, 6, 10),
            Field = "vin",
            Milestone = 50,
            Score = 55,
            NextItem = "vin",
        };
        var nudge = new QueuedNudge(
            Guid.NewGuid(),
            Guid.NewGuid(),
            Vehicle,
            kind,
            new NudgePayload([kind is NotificationKind.ProfileMilestone ? "m50" : Request.ToString("N")], facts, centre)
        );
        return new ClaimedNudge(nudge, 801, language, "Golf <GTI>", OwnerSettings.Default(TimeZoneInfo.Utc), true);
    }
}
