using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Notifications;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Data.Lookup;
using CarPass.Data.Notifications;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.ServiceCenters;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>
/// Messages about a visit to the other side: the owner is asked to decide (through the outbox, see
/// docs/NOTIFICATIONS.md), the centre hears the answer.
/// </summary>
public sealed class VisitNotices(
    RecipientReader recipients,
    CenterReader centers,
    VehicleReader vehicles,
    OwnerRequestReader requests
)
{
    /// <summary>The visit's write queued the owner's notice; it goes out right after the update commits, quiet hours allowing.</summary>
    public Task AskOwnerAsync(BotContext ctx, ServiceVisit visit, CancellationToken ct)
    {
        ctx.Replies.SendRequestNotice(visit.Id);
        return Task.CompletedTask;
    }

    /// <summary>The owner's request to confirm, as the sender sends it; null when the visit is gone.</summary>
    public async Task<RenderedNudge?> ComposeAsync(Speaker s, Guid visitId, CancellationToken ct)
    {
        if (await requests.VisitAsync(visitId, ct) is not { } visit)
            return null;
        var center = await centers.CardAsync(visit.ServiceCenterId, ct);
        var vehicle = await vehicles.FindAsync(visit.VehicleId, ct);
        if (center is null || vehicle is null)
            return null;
        var lines = new List<HtmlText>
        {
            s.T("bot.visit.owner_ask", vehicle.Name),
            CenterText.Label(s, center),
            s.T("bot.visit.date", visit.VisitDate),
        };
        if (visit.OdometerKm is { } km)
            lines.Add(s.T("bot.passport.odometer", km));
        lines.Add(s.T("bot.visit.work", VisitWorkText.Of(s, visit)));
        if (visit.Parts is { } parts)
            lines.Add(s.T("bot.visit.parts", parts));
        if (visit.CostMinor is { } cost)
            lines.Add(s.T("bot.visit.cost", cost / 100.0));
        if (visit.Note is { } note)
            lines.Add(s.T("bot.visit.note", note));
        var id = CallbackData.Id(visit.Id);
        var keyboard = new InlineKeyboardMarkup([
            [Keyboards.Button(s.Raw("bot.visit.confirm"), CallbackData.ConfirmVisit, id)],
            [
                Keyboards.Button(s.Raw("bot.visit.dispute"), CallbackData.DisputeVisit, id),
                Keyboards.Button(s.Raw("bot.visit.not_mine"), CallbackData.NotMine, id),
            ],
            .. MuteButton.Row(s, visit.ServiceCenterId),
        ]);
        return new RenderedNudge(TelegramLimits.FitText(Html.Lines(lines)), keyboard);
    }

    /// <summary>
    /// What the owner is told of a visit they confirmed: a verified centre's visit counts in the
    /// verified history; an unverified centre's is history that counts once the centre is verified.
    /// </summary>
    public async Task<string> ConfirmedKeyAsync(ServiceVisit visit, CancellationToken ct) =>
        (await centers.CardAsync(visit.ServiceCenterId, ct))?.Verification == VerificationStatus.Verified
            ? "bot.visit.confirmed"
            : "bot.visit.confirmed_unverified";

    /// <summary>Tells the centre what the owner decided: the employee who recorded the visit while still active there.</summary>
    public async Task TellCenterAsync(BotContext ctx, ServiceVisit visit, string textKey, CancellationToken ct)
    {
        if (await vehicles.FindAsync(visit.VehicleId, ct) is not { } vehicle)
            return;
        foreach (var employee in await recipients.AudienceAsync(visit.ServiceCenterId, visit.CreatedByUserId, ct))
            if (employee.Id != ctx.User.Id)
                ctx.Replies.Send(
                    employee.TelegramId,
                    Speaker
                        .For(employee)
                        .T(
                            textKey,
                            CenterText.MaskedPlain(MaskedVehicle.Of(vehicle)),
                            VisitWorkText.Of(Speaker.For(employee), visit)
                        )
                );
    }
}
