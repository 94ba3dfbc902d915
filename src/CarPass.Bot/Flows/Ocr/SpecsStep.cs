using CarPass.Bot.Conversations;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Domain.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>"Vehicle details" waiting for a VIN or a plate: a photo may answer that question.</summary>
public static class SpecsStep
{
    /// <summary>What the conversation asks for and for which vehicle; null when it asks for nothing a photo shows.</summary>
    public static (OcrKind Kind, Guid Vehicle)? Asked(ConversationState? state)
    {
        if (state?.Flow != FlowNames.Specs || CallbackData.ParseId(state[DraftKeys.Vehicle]) is not { } vehicle)
            return null;
        return state[DraftKeys.Field] switch
        {
            "vin" => (OcrKind.Vin, vehicle),
            "plate" => (OcrKind.Plate, vehicle),
            _ => null,
        };
    }
}
