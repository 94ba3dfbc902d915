using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;

namespace CarPass.Bot.Flows.AddVehicle;

/// <summary>Plates move between cars, so a plate another passport carries is kept, with a word of warning.</summary>
public sealed class SharedPlate(VinRegistry vins)
{
    /// <summary>The warning line (ending in a blank line) to put before the saved text, or nothing.</summary>
    public async Task<HtmlText> NoteAsync(BotContext ctx, Vehicle vehicle, CancellationToken ct) =>
        vehicle.PlateNumber is { } plate && await vins.PlateElsewhereAsync(plate, vehicle.Id, ct)
            ? Html.Of($"{ctx.T("bot.plate.shared")}\n\n")
            : HtmlText.Empty;
}
