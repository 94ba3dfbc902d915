using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Flows.Settings;

/// <summary>
/// Language, time zone, quiet hours, which nudges to receive and which centres are muted; every
/// change re-renders the same message. Muting starts from a request's own message ("s:mu:{centre}")
/// and is answered with a new message, so the request above keeps its buttons.
/// </summary>
public sealed class SettingsHandler(
    UserUseCases users,
    CenterMuteUseCases mutes,
    MutedCentersReader muted,
    FlowStarter flows
)
{
    public const string Language = "lang";
    public const string Notification = "n";
    public const string TimeZone = "tz";
    public const string QuietHours = "q";
    public const string Mute = "mu";
    public const string Unmute = "um";

    public async Task ShowAsync(BotContext ctx, CancellationToken ct)
    {
        var centres = await muted.ForAsync(ctx.User.Id, ct);
        ctx.Say(SettingsScreen.Render(ctx, centres), SettingsKeyboard.For(ctx, centres));
    }

    public async Task OnButtonAsync(BotContext ctx, CallbackData data, CancellationToken ct)
    {
        switch (data.Arg(0), data.Arg(1))
        {
            case (Language, "ru" or "en"):
                ctx.User =
                    (
                        await users.SetLanguageAsync(
                            ctx.User.Id,
                            data.Arg(1) == "ru" ? Domain.Texts.Language.Ru : Domain.Texts.Language.En,
                            ct
                        )
                    ).Value
                    ?? ctx.User;
                break;
            case (Notification, { } toggle) when NotificationToggles.All.Contains(toggle):
                var preferences = NotificationToggles.Copy(ctx.User.Notifications);
                NotificationToggles.Flip(preferences, toggle);
                ctx.User = (await users.SetNotificationsAsync(ctx.User.Id, preferences, ct)).Value ?? ctx.User;
                break;
            case (TimeZone, null):
                await flows.StartAsync(ctx, FlowNames.TimeZone, [], ct);
                return;
            case (QuietHours, null):
                await flows.StartAsync(ctx, FlowNames.QuietHours, [], ct);
                return;
            case (Mute, { } id) when CallbackData.ParseId(id) is { } centre:
                Answer(ctx, await mutes.MuteAsync(ctx.User.Id, centre, ct), "bot.mute.done");
                return;
            case (Unmute, { } id) when CallbackData.ParseId(id) is { } centre:
                Answer(ctx, await mutes.UnmuteAsync(ctx.User.Id, centre, ct), "bot.mute.undone");
                break;
        }
        await ShowAsync(ctx, ct);
    }

    /// <summary>A new message, so the request a mute was tapped on keeps its buttons.</summary>
    private static void Answer(BotContext ctx, Outcome<string> centreName, string textKey) =>
        ctx.Replies.Send(
            ctx.ChatId,
            centreName.IsSuccess ? ctx.T(textKey, centreName.Value) : ctx.Error(centreName.Error)
        );
}
