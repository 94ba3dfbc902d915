using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Tyres;
using CarPass.Domain.Common;
using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;

namespace CarPass.Bot.Flows.Tyres;

/// <summary>A tyre set: season, sidewall size, studded or not, and when it was fitted (skipped: in storage).</summary>
public sealed class TyreWizard(TyreUseCases tyres, FlowSteps steps, TyresHandler list) : Wizard
{
    private const string Yes = "y";
    private const string No = "n";

    public override string Name => FlowNames.Tyres;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        steps.Vehicle(),
        new("season", "bot.tyres.season") { Choices = FlowSteps.EnumChoices<TyreSeason>("tyre_season") },
        new("size", "bot.tyres.size")
        {
            Parse = (ctx, _, text, _) =>
                Task.FromResult(
                    TyreSize.TryParse(text) is { } size
                        ? StepInput.Ok(size.ToString())
                        : StepInput.Fail(ctx.Error(new DomainError(DocumentErrorCodes.TyreSizeInvalid)))
                ),
        },
        new("studded", "bot.tyres.studded_question")
        {
            When = d => d["season"] != nameof(TyreSeason.Summer),
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>([
                    new(Yes, ctx.Raw("bot.tyres.yes")),
                    new(No, ctx.Raw("bot.tyres.no")),
                ]),
        },
        steps.Date("fitted", "bot.tyres.fitted_on", optional: true),
        FlowSteps.Odometer("km", "bot.tyres.fitted_km", optional: true) with
        {
            When = d => d.Has("fitted"),
        },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var season = Enum.Parse<TyreSeason>(d["season"]!);
        var draft = new TyreDraft(season, d["size"], d["studded"] == Yes, FlowSteps.ReadDate(d["fitted"]), d.Int("km"));
        var outcome = await tyres.AddAsync(ctx.User.Id, d.VehicleId!.Value, draft, ct);
        if (!outcome.IsSuccess)
            return Refusal.For(ctx, outcome.Error, outcome.Error.Code == ErrorCodes.OdometerOutOfRange ? "km" : "size");
        var saved = ctx.T(
            "bot.tyres.saved",
            TyreText.Name(ctx, outcome.Value.Season, outcome.Value.Size, outcome.Value.Studded)
        );
        return await list.DoneAsync(ctx, d.VehicleId.Value, saved, ct);
    }
}
