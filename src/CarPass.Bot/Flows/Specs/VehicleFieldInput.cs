using System.Globalization;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Input;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows.Specs;

/// <summary>Reads one edited field of a vehicle and turns it into the change the write path applies.</summary>
public static class VehicleFieldInput
{
    public static readonly string[] Fields =
    [
        "vin",
        "plate",
        "make",
        "model",
        "year",
        "name",
        "fuel",
        "consumption",
        "oil_type",
        "oil_volume",
        "transmission",
        "coolant",
        "brake",
    ];

    public static StepInput Parse(BotContext ctx, string field, string text, DateTime nowUtc) =>
        field switch
        {
            "vin" => FromOutcome(ctx, Vin.Validate(text)),
            "plate" => ParsePlate(ctx, text),
            "year" => Year(ctx, text, nowUtc),
            "fuel" => Enum.TryParse<FuelType>(text, out var fuel)
                ? StepInput.Ok(fuel.ToString())
                : StepInput.Fail(ctx.T("bot.use_buttons")),
            "consumption" => Decimal(ctx, text, 1, 60),
            "oil_volume" => Decimal(ctx, text, 0.5, 30),
            _ => text.Length > 64
                ? StepInput.Fail(ctx.Error(new DomainError(ErrorCodes.ValueTooLong, 64)))
                : StepInput.Ok(text),
        };

    public static VehicleChanges ToChanges(string field, string value) =>
        field switch
        {
            "vin" => new(Vin: value),
            "plate" => new(PlateNumber: value.Split(' ', 2)[1], PlateCountry: value.Split(' ', 2)[0]),
            "make" => new(Make: value),
            "model" => new(Model: value),
            "year" => new(Year: int.Parse(value, CultureInfo.InvariantCulture)),
            "name" => new(Name: value),
            "fuel" => new(FuelType: Enum.Parse<FuelType>(value)),
            "consumption" => new(ConsumptionBaselineLPer100Km: double.Parse(value, CultureInfo.InvariantCulture)),
            "oil_type" => new(EngineOilType: value),
            "oil_volume" => new(EngineOilVolumeL: double.Parse(value, CultureInfo.InvariantCulture)),
            "transmission" => new(TransmissionFluid: value),
            "coolant" => new(CoolantType: value),
            "brake" => new(BrakeFluidType: value),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown vehicle field"),
        };

    /// <summary>"А123ВС77" is recognised as Russian; other plates start with their country: "DE B AB 1234".</summary>
    private static StepInput ParsePlate(BotContext ctx, string text)
    {
        var plate = Plate.Validate(text, null);
        var parts = text.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (
            plate.Error?.Code == ErrorCodes.PlateCountryRequired
            && parts.Length == 2
            && parts[0].Length == 2
            && parts[0].All(char.IsAsciiLetter)
        )
            plate = Plate.Validate(parts[1], parts[0].ToUpperInvariant());
        return plate.IsSuccess
            ? StepInput.Ok($"{plate.Value.Country} {plate.Value.Value}")
            : StepInput.Fail(ctx.Error(plate.Error));
    }

    private static StepInput Year(BotContext ctx, string text, DateTime nowUtc)
    {
        var last = VehicleLimits.LastYear(nowUtc);
        return NumberInput.ReadWhole(text) switch
        {
            NumberReading.Ambiguous a => FlowSteps.AskWhichNumber(ctx, text, a),
            NumberReading.Number { Value: var y } when y >= VehicleLimits.FirstCarYear && y <= last => StepInput.Ok(
                NumberInput.Format(y)
            ),
            _ => StepInput.Fail(
                ctx.Error(new DomainError(ErrorCodes.YearOutOfRange, VehicleLimits.FirstCarYear, last))
            ),
        };
    }

    private static StepInput Decimal(BotContext ctx, string text, double min, double max) =>
        NumberInput.Read(text) switch
        {
            NumberReading.Ambiguous a => FlowSteps.AskWhichNumber(ctx, text, a),
            NumberReading.Number { Value: var v } when v >= min && v <= max => StepInput.Ok(NumberInput.Format(v)),
            _ => StepInput.Fail(ctx.T("bot.number_between", min, max)),
        };

    private static StepInput FromOutcome(BotContext ctx, Outcome<string> outcome) =>
        outcome.IsSuccess ? StepInput.Ok(outcome.Value) : StepInput.Fail(ctx.Error(outcome.Error));
}
