using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Ocr;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// An owner's photo: read it, then offer the values for their vehicle — chosen for them when they
/// have one, asked after the read when they have several. Nothing reaches the vehicle here.
/// </summary>
public sealed class OwnerPhotos(PhotoScanner scanner, VehicleReader vehicles)
{
    /// <param name="vehicleId">The vehicle the photo is for, when the conversation already says so.</param>
    public async Task OnPhotoAsync(
        BotContext ctx,
        IncomingImage image,
        OcrKind kind,
        Guid? vehicleId,
        CancellationToken ct
    )
    {
        var mine = await vehicles.EditableAsync(ctx.User.Id, ct);
        if (mine.Count == 0)
        {
            ctx.Say(
                ctx.T("bot.ocr.no_vehicle"),
                new InlineKeyboardMarkup(
                    Keyboards.Button(ctx.Raw("bot.menu.add_vehicle"), CallbackData.StartFlow, FlowNames.AddVehicle)
                )
            );
            return;
        }
        var scanned = await scanner.ScanAsync(ctx, image, kind, OwnerChoice.Offered, ct);
        if (!scanned.IsSuccess)
        {
            ctx.Say(CandidateText.Problem(ctx, scanned.Error));
            return;
        }
        var scan = scanned.Value;
        var vehicle = mine.FirstOrDefault(v => v.Id == vehicleId) ?? (mine.Count == 1 ? mine[0] : null);
        if (vehicle is null)
        {
            AskVehicle(ctx, scan, mine);
            return;
        }
        var (html, keyboard) = OwnerChoice.Render(ctx, scan.ScanId, vehicle, scan.Candidates, selection: 0);
        ctx.Say(html, keyboard);
    }

    private static void AskVehicle(BotContext ctx, ScannedPhoto scan, IReadOnlyList<Vehicle> mine)
    {
        var rows = mine.Select(v =>
                new[] { Keyboards.WithPayload(v.Name, OcrPayload.Build(OcrPayload.ForVehicle, scan.ScanId, v.Id)) }
            )
            .Append(OwnerChoice.Dismiss(ctx, scan.ScanId, vehicle: null));
        ctx.Say(
            $"{ctx.T("bot.ocr.read")}\n\n{CandidateText.Lines(ctx, scan.Candidates)}\n\n{ctx.T("bot.ask_vehicle")}",
            new InlineKeyboardMarkup(rows)
        );
    }
}
