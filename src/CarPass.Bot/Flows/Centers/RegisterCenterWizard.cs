using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>Register a service centre; it starts unverified and the operators get it to review.</summary>
public sealed class RegisterCenterWizard(ServiceCenterUseCases centers, Recipients recipients) : Wizard
{
    public override string Name => FlowNames.RegisterCenter;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        FlowSteps.Text("name", "bot.center.ask_name", 128, optional: false),
        FlowSteps.Text("city", "bot.center.ask_city", 128, optional: false),
        FlowSteps.Text("address", "bot.center.ask_address", 256, optional: true),
        FlowSteps.Text("contact", "bot.center.ask_contact", 128, optional: true),
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var outcome = await centers.RegisterAsync(
            ctx.User.Id,
            new ServiceCenterDraft(d["name"], d["city"], d["address"], d["contact"]),
            ct
        );
        if (!outcome.IsSuccess)
            return Refusal.For(
                ctx,
                outcome.Error!,
                outcome.Error!.Code == Domain.Common.ErrorCodes.CenterCityRequired ? "city" : "name"
            );
        var center = outcome.Value!;
        var id = CallbackData.Id(center.Id);
        foreach (var (chat, speaker) in await recipients.OperatorsAsync(ct))
        {
            var details = string.Join(
                ", ",
                new[] { center.Name, center.City, center.Address, center.Contact }.Where(p => p is not null)
            );
            var who = Html.Escape($"{ctx.User.FirstName} {(ctx.User.Username is { } u ? "@" + u : "")}".Trim());
            ctx.Replies.Send(
                chat,
                speaker.T("bot.center.review", Html.Escape(details), who),
                new InlineKeyboardMarkup([
                    [
                        Keyboards.Button(speaker.Raw("bot.center.verify"), CallbackData.Operator, id, "v"),
                        Keyboards.Button(speaker.Raw("bot.center.reject"), CallbackData.Operator, id, "r"),
                    ],
                ])
            );
        }
        return new WizardOutcome.Done(
            ctx.T("bot.center.registered"),
            new(Keyboards.Button(ctx.T("bot.menu.center"), CallbackData.Center, id))
        );
    }
}
