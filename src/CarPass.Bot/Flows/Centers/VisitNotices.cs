using System.Globalization;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Routing;
using CarPass.Data.Lookup;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>Messages about a visit to the other side: the owner is asked to decide, the centre hears the answer.</summary>
public sealed class VisitNotices(RecipientReader recipients, CenterReader centers, VehicleReader vehicles)
{
    public async Task AskOwnerAsync(BotContext ctx, ServiceVisit visit, CancellationToken ct)
    {
        var owner = await recipients.OwnerOfAsync(visit.VehicleId, ct);
        var center = await centers.CardAsync(visit.ServiceCenterId, ct);
        var vehicle = await vehicles.FindAsync(visit.VehicleId, ct);
        if (owner is null || center is null || vehicle is null)
            return;
        var s = Speaker.For(owner);
        var lines = new List<string>
        {
            s.T("bot.visit.owner_ask", Html.Escape(vehicle.Name)),
            CenterText.Label(s, center),
            s.T("bot.visit.date", visit.VisitDate),
        };
        if (visit.OdometerKm is { } km)
            lines.Add(s.T("bot.passport.odometer", PassportText.Km(km)));
        lines.Add(s.T("bot.visit.work", VisitWorkText.Of(s, visit)));
        if (visit.Parts is { } parts)
            lines.Add(s.T("bot.visit.parts", parts));
        if (visit.CostMinor is { } cost)
            lines.Add(s.T("bot.visit.cost", (cost / 100.0).ToString("0.##", CultureInfo.InvariantCulture)));
        if (visit.Note is { } note)
            lines.Add(s.T("bot.visit.note", note));
        var id = CallbackData.Id(visit.Id);
        var keyboard = new InlineKeyboardMarkup([
            [Keyboards.Button(s.Raw("bot.visit.confirm"), CallbackData.ConfirmVisit, id)],
            [
                Keyboards.Button(s.Raw("bot.visit.dispute"), CallbackData.DisputeVisit, id),
                Keyboards.Button(s.Raw("bot.visit.not_mine"), CallbackData.NotMine, id),
            ],
        ]);
        ctx.Replies.Send(owner.TelegramId, string.Join('\n', lines), keyboard);
    }

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
