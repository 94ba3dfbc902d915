using CarPass.Bot.Flows.Claims;
using CarPass.Bot.Flows.Specs;
using CarPass.Bot.Flows.Wizards;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows.AddVehicle;

/// <summary>
/// Year, VIN and plate steps, checked with the same rules as the write path so a typo is caught
/// at the step where it was typed.
/// </summary>
public sealed class IdentitySteps(TimeProvider clock, ClaimOffer claims)
{
    public const string PlateKey = "plate";
    public const string CountryKey = "country";
    private const string RawPlateKey = "plate_raw";
    private static readonly string[] Countries = ["RU", "BY", "KZ", "AM", "GE", "UZ", "KG", "DE"];

    public WizardStep Year(bool optional) =>
        new("year", "bot.add.year")
        {
            Optional = optional,
            Parse = (ctx, _, text, _) =>
                Task.FromResult(VehicleFieldInput.Parse(ctx, "year", text, clock.GetUtcNow().UtcDateTime)),
        };

    /// <summary>A VIN another passport holds is refused here, with the way to claim it.</summary>
    public WizardStep Vin(bool optional) =>
        new("vin", "bot.add.vin")
        {
            Optional = optional,
            Parse = (ctx, _, text, ct) =>
                claims.CheckAsync(ctx, VehicleFieldInput.Parse(ctx, "vin", text, DateTime.MinValue), null, ct),
        };

    /// <summary>A Russian plate is recognised by itself; anything else asks for the country next.</summary>
    public WizardStep Plate(bool optional) =>
        new(RawPlateKey, "bot.add.plate")
        {
            Optional = optional,
            Parse = (ctx, draft, text, _) =>
            {
                var plate = Domain.Vehicles.Plate.Validate(text, null);
                if (plate.IsSuccess)
                {
                    draft[PlateKey] = plate.Value.Value;
                    draft[CountryKey] = plate.Value.Country;
                    return Task.FromResult(StepInput.Ok(plate.Value.Value));
                }
                if (plate.Error.Code != ErrorCodes.PlateCountryRequired)
                    return Task.FromResult(StepInput.Fail(ctx.Error(plate.Error)));
                draft[PlateKey] = null;
                draft[CountryKey] = null;
                return Task.FromResult(StepInput.Ok(text));
            },
        };

    public WizardStep PlateCountry() =>
        new(CountryKey, "bot.add.plate_country")
        {
            When = d => d.Has(RawPlateKey) && !d.Has(PlateKey),
            ChoicesPerRow = 4,
            Choices = (_, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>(Countries.Select(c => new Choice(c, c)).ToList()),
            Parse = (ctx, draft, text, _) => Task.FromResult(ApplyCountry(ctx, draft, text)),
        };

    private static StepInput ApplyCountry(Routing.BotContext ctx, Draft draft, string country)
    {
        var plate = Domain.Vehicles.Plate.Validate(draft[RawPlateKey], country);
        if (!plate.IsSuccess)
            return StepInput.Fail(ctx.Error(plate.Error));
        draft[PlateKey] = plate.Value.Value;
        return StepInput.Ok(plate.Value.Country);
    }

    /// <summary>The checked plate, if the plate step was answered (a skipped step leaves none).</summary>
    public static string? PlateOf(Draft d) => d.Has(RawPlateKey) ? d[PlateKey] : null;

    public static string? CountryOf(Draft d) => d.Has(RawPlateKey) ? d[CountryKey] : null;

    /// <summary>Which step to ask again when the write path refuses a value.</summary>
    public static string? StepFor(string errorCode) =>
        errorCode switch
        {
            _ when errorCode.StartsWith("vin_", StringComparison.Ordinal) => "vin",
            _ when errorCode.StartsWith("plate_", StringComparison.Ordinal) => RawPlateKey,
            _ when errorCode.StartsWith("odometer_", StringComparison.Ordinal) => "km",
            ErrorCodes.YearOutOfRange => "year",
            _ => null,
        };
}
