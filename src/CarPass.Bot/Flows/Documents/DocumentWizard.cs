using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Documents;
using CarPass.Domain.Common;
using CarPass.Domain.Documents;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Flows.Documents;

/// <summary>A dated document: its kind, number, last valid day and, if the owner likes, a photo kept private.</summary>
public sealed class DocumentWizard(DocumentUseCases documents, FlowSteps steps, DocumentsHandler list) : Wizard
{
    public override string Name => FlowNames.Document;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        steps.Vehicle(),
        new("kind", "bot.docs.kind") { Choices = FlowSteps.EnumChoices<DocumentKind>("document_kind") },
        FlowSteps.Text("number", "bot.docs.number", DocumentNumber.MaxLength, optional: false),
        steps.DayAhead("expires", "bot.docs.expires", optional: false),
        FlowSteps.Photo("photo", "bot.docs.photo", "bot.docs.photo_only"),
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var kind = Enum.Parse<DocumentKind>(d["kind"]!);
        var draft = new DocumentDraft(kind, d["number"], FlowSteps.ReadDate(d["expires"]), PhotoFileId: d["photo"]);
        var outcome = await documents.AddAsync(ctx.User.Id, d.VehicleId!.Value, draft, ct);
        if (!outcome.IsSuccess)
            return Refusal.For(
                ctx,
                outcome.Error,
                outcome.Error.Code == DocumentErrorCodes.ExpiryInvalid ? "expires" : "number"
            );
        var saved = ctx.T(
            "bot.docs.saved",
            ctx.Raw($"document_kind.{SnakeCase.Of(kind)}"),
            DocumentNumber.Mask(outcome.Value.Number),
            new CalendarDay(outcome.Value.ExpiresOn)
        );
        return await list.DoneAsync(ctx, d.VehicleId.Value, saved, ct);
    }
}
