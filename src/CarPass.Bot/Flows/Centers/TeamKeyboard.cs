using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>A button per other member of the team to switch them on or off, then invite and back to the centre.</summary>
public static class TeamKeyboard
{
    public static InlineKeyboardMarkup For(BotContext ctx, Guid centerId, IReadOnlyList<TeamMember> members) =>
        new(
            members
                .Where(m => m.UserId != ctx.User.Id)
                .Select(m =>
                    new[]
                    {
                        Keyboards.Button(
                            $"{TeamText.Mark(m)} {m.FirstName}",
                            CallbackData.EmployeeSwitch,
                            CallbackData.Id(m.EmployeeId),
                            m.IsActive ? "0" : "1"
                        ),
                    }
                )
                .Append([
                    Keyboards.Button(ctx.Raw("bot.center.invite"), CallbackData.Invite, CallbackData.Id(centerId)),
                ])
                .Append([Keyboards.Button(ctx.Raw("bot.menu.center"), CallbackData.Center, CallbackData.Id(centerId))])
        );
}
