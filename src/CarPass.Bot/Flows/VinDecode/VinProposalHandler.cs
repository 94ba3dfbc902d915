using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;

namespace CarPass.Bot.Flows.VinDecode;

/// <summary>
/// The owner's tap on a VIN's proposal. Accepting writes the make and year through the vehicle
/// write path (checked, audited and recomputed like any edit); skipping writes nothing.
/// </summary>
public sealed class VinProposalHandler(
    VehicleReader vehicles,
    VehicleUseCases writes,
    VinProposal proposals,
    SavedReply saved
)
{
    /// <summary>Returns false when the tap is forged or out of date (the VIN, make or year changed since).</summary>
    public async Task<bool> OnButtonAsync(BotContext ctx, CallbackData data, CancellationToken ct)
    {
        if (
            CallbackData.ParseId(data.Arg(0)) is not { } vehicleId
            || data.Arg(1) is not { } stamp
            || data.Arg(2) is not (VinProposal.Accept or VinProposal.Skip)
        )
            return false;
        if (await vehicles.EditableAsync(ctx.User.Id, vehicleId, ct) is not { } vehicle)
        {
            ctx.Say(ctx.T("bot.vehicle_gone"), Keyboards.BackToGarage(ctx));
            return true;
        }
        var next = Keyboards.Next(Keyboards.ToPassport(ctx, vehicleId), Keyboards.ToGarage(ctx));
        if (data.Arg(2) == VinProposal.Skip)
        {
            ctx.Say(ctx.T("vin_decode.skipped"), next);
            return true;
        }
        if (proposals.Suggest(vehicle) is not { } suggestion)
        {
            ctx.Say(ctx.T("vin_decode.nothing"), next);
            return true;
        }
        if (VinProposal.Stamp(vehicle, suggestion) != stamp)
            return false;
        var outcome = await writes.UpdateAsync(
            ctx.User.Id,
            vehicleId,
            new VehicleChanges(Make: suggestion.Make, Year: suggestion.Year),
            ct
        );
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return true;
        }
        var done = await saved.DoneAsync(
            ctx,
            vehicleId,
            ctx.T("vin_decode.saved", VinProposal.Summary(suggestion)),
            ct
        );
        if (done is WizardOutcome.Done reply)
            ctx.Say(reply.Html, reply.Keyboard);
        return true;
    }
}
