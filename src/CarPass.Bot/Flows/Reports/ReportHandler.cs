using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Bot.Setup;
using CarPass.Data.Passports;
using CarPass.Data.Reports;
using CarPass.Data.Vehicles;
using CarPass.Report;
using Microsoft.Extensions.Options;

namespace CarPass.Bot.Flows.Reports;

/// <summary>
/// /report and the passport's "Report for a buyer": the owner picks the car, full or masked VIN and
/// plate, the link's lifetime and whether their first name shows, one button each; every choice rides
/// in the button's payload ("rp:{car}:{f|m}:{days}:{y|n}"), so there is no state to lose. The last tap
/// makes the link and sends the PDF. /links lists open links with their views; each can be revoked.
/// </summary>
public sealed class ReportHandler(
    PassportReader passports,
    VehicleReader vehicles,
    ReportMaker maker,
    ShareLinkUseCases shareLinks,
    ShareLinkReader openLinks,
    IOptions<MiniAppOptions> miniApp
)
{
    public async Task StartAsync(BotContext ctx, CancellationToken ct)
    {
        // Only an owner shares a report of the car; a car shared with them is not offered.
        var owned = await vehicles.OwnedAsync(ctx.User.Id, ct);
        switch (owned.Count)
        {
            case 0:
                ctx.Say(ctx.T("bot.report.no_vehicles"), Keyboards.BackToGarage(ctx));
                return;
            case 1:
                await ChooseAsync(ctx, new CallbackData(CallbackData.Report, [CallbackData.Id(owned[0].Id)]), ct);
                return;
        }
        var cars = owned.Select(v => Keyboards.Button(v.Name, CallbackData.Report, CallbackData.Id(v.Id)));
        ctx.Say(ctx.T("bot.report.pick_vehicle"), Keyboards.Column(cars));
    }

    /// <summary>One tap of the report's questions; false for a payload that is not one of ours.</summary>
    public async Task<bool> ChooseAsync(BotContext ctx, CallbackData data, CancellationToken ct)
    {
        if (CallbackData.ParseId(data.Arg(0)) is not { } vehicleId)
            return false;
        var id = CallbackData.Id(vehicleId);
        var identity = data.Arg(1);
        var days = data.Arg(2);
        var name = data.Arg(3);
        if (identity is null)
        {
            if (await passports.VehicleAsync(ctx.User.Id, vehicleId, ct) is not { } view)
            {
                ctx.Say(ctx.T("bot.vehicle_gone"), Keyboards.BackToGarage(ctx));
                return true;
            }
            ctx.Say(ctx.T("bot.report.identity", view.Vehicle.Name), ReportScreen.Identity(ctx, id));
            return true;
        }
        if (identity is not ("m" or "f"))
            return false;
        if (days is null)
        {
            ctx.Say(ctx.T("bot.report.days"), ReportScreen.Days(ctx, id, identity));
            return true;
        }
        if (!int.TryParse(days, out var lifetime))
            return false;
        if (name is null)
        {
            ctx.Say(ctx.T("bot.report.name"), ReportScreen.Name(ctx, id, identity, days));
            return true;
        }
        if (name is not ("y" or "n"))
            return false;
        await MakeAsync(ctx, new ReportRequest(vehicleId, identity == "f", lifetime, name == "y"), ct);
        return true;
    }

    private async Task MakeAsync(BotContext ctx, ReportRequest request, CancellationToken ct)
    {
        var made = await maker.MakeAsync(ctx.User.Id, request, ctx.Language, ctx.Speaker.Zone, miniApp.Value.Url, ct);
        if (!made.IsSuccess)
        {
            ctx.Refuse(made.Error);
            return;
        }
        var report = made.Value;
        ctx.Say(
            ctx.T("bot.report.sent", report.Link.ReportId, report.VehicleName, report.Link.ExpiresAt, report.Url),
            Keyboards.Next(Keyboards.ToPassport(ctx, request.VehicleId))
        );
        ctx.Replies.SendDocument(
            ctx.ChatId,
            new OutgoingDocument(report.FileName, report.Pdf),
            ctx.T("bot.report.caption", report.Link.ReportId, report.VehicleName)
        );
    }

    /// <summary>/links: the open links this user made, with their views, each with its Revoke button.</summary>
    public async Task ListAsync(BotContext ctx, CancellationToken ct)
    {
        var open = await openLinks.OpenOfAsync(ctx.User.Id, ct);
        if (open.Count == 0)
        {
            ctx.Say(ctx.T("bot.links.none"), Keyboards.BackToGarage(ctx));
            return;
        }
        ctx.Say(ShareLinksScreen.Render(ctx, open), ShareLinksScreen.Keyboard(ctx, open));
    }

    public async Task RevokeAsync(BotContext ctx, Guid linkId, CancellationToken ct)
    {
        var revoked = await shareLinks.RevokeAsync(ctx.User.Id, linkId, ct);
        if (!revoked.IsSuccess)
        {
            ctx.Refuse(revoked.Error);
            return;
        }
        ctx.Say(ctx.T("bot.links.revoked", revoked.Value.ReportId), Keyboards.BackToGarage(ctx));
    }
}
