using CarPass.Bot.Conversations;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Requests;
using CarPass.Domain.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// What a photo sent now answers, from the conversation alone: the one rule for both the reading
/// before the update's transaction (<see cref="PhotoPreparation"/>) and the handler inside it. An
/// employee proposing a correction reads for the owner's approval, once the vehicle is chosen, and
/// only a VIN or a plate; a "Vehicle details" step asking for a VIN or a plate reads that kind for
/// that vehicle; anything else reads for the sender's own vehicles.
/// </summary>
/// <param name="Refusal">A text key: the flow cannot take a photo now, and nothing is read.</param>
public sealed record PhotoQuestion(OcrKind Kind, Guid? Vehicle, bool ForCorrection, string? Refusal)
{
    public static PhotoQuestion Of(ConversationState? state)
    {
        if (state?.Flow == FlowNames.ProposeChange)
            return ForProposal(new Draft(state.Draft));
        var asked = SpecsStep.Asked(state);
        return new PhotoQuestion(asked?.Kind ?? OcrKind.Auto, asked?.Vehicle, ForCorrection: false, Refusal: null);
    }

    /// <summary>The field an employee is correcting, when they have chosen one.</summary>
    public static VehicleField? Field(Draft draft) =>
        Enum.TryParse<VehicleField>(draft[DraftKeys.Field], out var field) ? field : null;

    private static PhotoQuestion ForProposal(Draft draft)
    {
        if (draft.Id(DraftKeys.Center) is null || draft.VehicleId is null)
            return Refused("bot.ocr.staff_vehicle_first");
        return Field(draft) switch
        {
            null => new PhotoQuestion(OcrKind.Auto, draft.VehicleId, ForCorrection: true, Refusal: null),
            VehicleField.Vin => new PhotoQuestion(OcrKind.Vin, draft.VehicleId, ForCorrection: true, Refusal: null),
            VehicleField.Plate => new PhotoQuestion(OcrKind.Plate, draft.VehicleId, ForCorrection: true, Refusal: null),
            _ => Refused("bot.ocr.staff_field"),
        };
    }

    private static PhotoQuestion Refused(string key) => new(OcrKind.Auto, null, ForCorrection: true, key);
}
