using CarPass.Bot.Flows.Claims;
using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Flows.VinDecode;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Passports;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows.AddVehicle;

/// <summary>Name, make, model, year; then optional VIN, plate (with country), odometer and fuel type.</summary>
public sealed class AddVehicleWizard(
    VehicleUseCases vehicles,
    PassportReader passports,
    IdentitySteps identity,
    ClaimOffer claims,
    SharedPlate plates,
    VinProposal vinProposal
) : Wizard
{
    public override string Name => FlowNames.AddVehicle;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        FlowSteps.Text("name", "bot.add.name", 64, optional: true),
        FlowSteps.Text("make", "bot.add.make", 64, optional: true),
        FlowSteps.Text("model", "bot.add.model", 64, optional: true),
        identity.Year(optional: true),
        identity.Vin(optional: true),
        identity.Plate(optional: true),
        identity.PlateCountry(),
        FlowSteps.Odometer("km", "bot.add.odometer", optional: true),
        new("fuel", "bot.add.fuel") { Optional = true, Choices = FlowSteps.EnumChoices<FuelType>("fuel_type") },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var draft = new VehicleDraft(
            d["name"],
            d["make"],
            d["model"],
            d.Int("year"),
            d["vin"],
            IdentitySteps.PlateOf(d),
            IdentitySteps.CountryOf(d),
            d.Int("km"),
            Enum.TryParse<FuelType>(d["fuel"], out var fuel) ? fuel : null
        );
        var outcome = await vehicles.AddAsync(ctx.User.Id, draft, ct);
        if (!outcome.IsSuccess)
            return claims.Refusal(
                ctx,
                outcome.Error,
                IdentitySteps.StepFor(outcome.Error.Code) ?? "name",
                d["vin"],
                null
            );
        var view = await passports.VehicleAsync(ctx.User.Id, outcome.Value.Id, ct);
        var note = await plates.NoteAsync(ctx, outcome.Value, ct);
        var html = Html.Of(
            $"{note}{ctx.T("bot.add.done")}\n\n{PassportText.Render(ctx, view!, withImprovements: true)}"
        );
        var id = CallbackData.Id(outcome.Value.Id);
        return new WizardOutcome.Done(
            html,
            new([
                [Keyboards.Button(ctx.Raw("bot.menu.passport"), CallbackData.Passport, id)],
                [Keyboards.Button(ctx.Raw("bot.menu.garage"), CallbackData.Garage)],
            ])
        )
        {
            Then = vinProposal.For(ctx, outcome.Value),
        };
    }
}
