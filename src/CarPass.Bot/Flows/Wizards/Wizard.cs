using CarPass.Bot.Conversations;
using CarPass.Bot.Routing;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>
/// A guided flow: one question at a time, each skippable when optional, with Back and Cancel on
/// every step. Buttons carry the flow and step they belong to, so a tap on an old message is
/// recognised as outdated and changes nothing. Like every handler, a wizard may run twice for one
/// update (a read-only try, then the write): see <see cref="BotContext"/>.
/// </summary>
public abstract class Wizard
{
    public const string Skip = "~s";
    public const string Back = "~b";

    /// <summary>
    /// Set when the write path sent the flow back to one step: every other answer is kept, so once
    /// that step is answered again the flow asks only what is still missing.
    /// </summary>
    private const string Resuming = "~again";

    /// <summary>Short name used in conversation state and button payloads (a few letters).</summary>
    public abstract string Name { get; }
    public abstract IReadOnlyList<WizardStep> Steps { get; }

    /// <summary>The draft key an id given when the flow starts (a button's "f:{flow}:{id}") fills.</summary>
    public virtual string PresetKey => DraftKeys.Vehicle;

    /// <summary>
    /// Whether this person may run the flow on what it was started with (a button's id), checked
    /// before the first question: a flow that asks for a reason never asks a stranger.
    /// </summary>
    public virtual Task<DomainError?> MayStartAsync(BotContext ctx, Draft draft, CancellationToken ct) =>
        Task.FromResult<DomainError?>(null);

    public abstract Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft draft, CancellationToken ct);

    public Task StartAsync(BotContext ctx, Draft draft, CancellationToken ct) => AdvanceAsync(ctx, draft, 0, ct);

    public async Task OnTextAsync(BotContext ctx, ConversationState state, string text, CancellationToken ct)
    {
        RetirePrompt(ctx, state);
        var step = Steps[state.Step];
        var draft = new Draft(state.Draft);
        if (step.Parse is null)
        {
            await PromptAsync(ctx, draft, state.Step, ctx.T("bot.use_buttons"), ct);
            return;
        }
        var input = await step.Parse(ctx, draft, text.Trim(), ct);
        if (input.ErrorHtml is not null)
        {
            await PromptAsync(ctx, draft, state.Step, input.ErrorHtml, ct);
            return;
        }
        draft[step.Key] = input.Value;
        await AdvanceAsync(ctx, draft, state.Step + 1, ct);
    }

    /// <summary>A photo sent at a step that takes one: its file id is the answer, nothing is downloaded.</summary>
    public async Task OnPhotoAsync(BotContext ctx, ConversationState state, string fileId, CancellationToken ct)
    {
        RetirePrompt(ctx, state);
        var draft = new Draft(state.Draft);
        draft[Steps[state.Step].Key] = fileId;
        await AdvanceAsync(ctx, draft, state.Step + 1, ct);
    }

    /// <summary>
    /// A sticker, a location, a voice message or a contact cannot answer a step: the step is asked
    /// again, saying what it takes, and the flow stays where it is.
    /// </summary>
    public async Task OnNotTextAsync(BotContext ctx, ConversationState state, CancellationToken ct)
    {
        RetirePrompt(ctx, state);
        var step = Steps[state.Step];
        var hint = ctx.T(step.Parse is null ? "bot.flow.tap_answer" : "bot.flow.type_answer");
        await PromptAsync(ctx, new Draft(state.Draft), state.Step, hint, ct);
    }

    /// <summary>
    /// The question the flow asked last loses its buttons once it is answered or left, so a chat
    /// does not keep live-looking keyboards of finished steps (a tapped question is edited anyway).
    /// </summary>
    public static void RetirePrompt(BotContext ctx, ConversationState? state)
    {
        if (state?.PromptMessageId is { } prompt && prompt != ctx.TappedMessageId)
            ctx.Replies.RemoveKeyboard(ctx.ChatId, prompt);
    }

    /// <summary>Leaves the chat's unfinished flow, if any (a command, Cancel, another flow), and its question's buttons.</summary>
    public static async Task LeaveAsync(BotContext ctx, CancellationToken ct)
    {
        RetirePrompt(ctx, await ctx.Conversations.GetAsync(ctx.ChatId, ct));
        await ctx.Conversations.ClearAsync(ctx.ChatId, ct);
    }

    /// <summary>Returns false when the button does not belong to the current step (outdated).</summary>
    public async Task<bool> OnButtonAsync(
        BotContext ctx,
        ConversationState state,
        int stepIndex,
        string value,
        CancellationToken ct
    )
    {
        if (stepIndex != state.Step || stepIndex >= Steps.Count)
            return false;
        RetirePrompt(ctx, state);
        var step = Steps[stepIndex];
        var draft = new Draft(state.Draft);
        switch (value)
        {
            case Skip when step.Optional:
                draft[step.Key] = null;
                await AdvanceAsync(ctx, draft, stepIndex + 1, ct);
                return true;
            case Back when PreviousStep(draft, stepIndex) is >= 0 and var previous:
                draft[Steps[previous].Key] = null;
                await SaveAndPromptAsync(ctx, draft, previous, null, ct);
                return true;
            case Skip or Back:
                return false;
        }
        var choices = step.Choices is null ? [] : await step.Choices(ctx, draft, ct);
        if (step.Several)
            return await OnSeveralAsync(ctx, draft, stepIndex, choices, value, ct);
        if (choices.All(c => c.Value != value))
            return false;
        // A step that reads typed text checks a tapped value the same way.
        var input = step.Parse is null ? StepInput.Ok(value) : await step.Parse(ctx, draft, value, ct);
        if (input.ErrorHtml is not null)
        {
            await PromptAsync(ctx, draft, stepIndex, input.ErrorHtml, ct);
            return true;
        }
        draft[step.Key] = input.Value;
        await AdvanceAsync(ctx, draft, stepIndex + 1, ct);
        return true;
    }

    /// <summary>A tap on a step of several choices: one choice on or off (shown again), or Done.</summary>
    private async Task<bool> OnSeveralAsync(
        BotContext ctx,
        Draft draft,
        int stepIndex,
        IReadOnlyList<Choice> choices,
        string value,
        CancellationToken ct
    )
    {
        var key = Steps[stepIndex].Key;
        if (value == SeveralChoices.Done)
            await AdvanceAsync(ctx, draft, stepIndex + 1, ct);
        else if (SeveralChoices.TryApply(choices, draft[key], value, out var chosen))
        {
            draft[key] = chosen;
            await SaveAndPromptAsync(ctx, draft, stepIndex, null, ct);
        }
        else
            return false;
        return true;
    }

    private async Task AdvanceAsync(BotContext ctx, Draft draft, int from, CancellationToken ct)
    {
        var next = draft.Has(Resuming) ? MissingStep(draft, from) : NextStep(draft, from);
        if (next >= 0)
        {
            await SaveAndPromptAsync(ctx, draft, next, null, ct);
            return;
        }
        switch (await CompleteAsync(ctx, draft, ct))
        {
            case WizardOutcome.Done done:
                await ctx.Conversations.ClearAsync(ctx.ChatId, ct);
                ctx.Say(done.Html, done.Keyboard ?? Keyboards.Main(ctx));
                if (done.Then is { } then)
                    ctx.Replies.Send(ctx.ChatId, then.Html, then.Keyboard);
                break;
            case WizardOutcome.AskAgain again:
                var index = Steps.ToList().FindIndex(s => s.Key == again.StepKey);
                draft[again.StepKey] = null;
                draft[Resuming] = "1";
                await SaveAndPromptAsync(ctx, draft, index, again.ErrorHtml, ct);
                break;
        }
    }

    private async Task SaveAndPromptAsync(
        BotContext ctx,
        Draft draft,
        int step,
        HtmlText? errorHtml,
        CancellationToken ct
    )
    {
        await ctx.Conversations.SaveAsync(ctx.ChatId, new ConversationState(Name, step, draft.Values), ct);
        await PromptAsync(ctx, draft, step, errorHtml, ct);
    }

    private async Task PromptAsync(BotContext ctx, Draft draft, int index, HtmlText? errorHtml, CancellationToken ct)
    {
        var step = Steps[index];
        var text = ctx.T(step.PromptKey, step.PromptArgs(ctx, draft));
        var html = errorHtml is { } error ? Html.Of($"{error}\n\n{text}") : text;
        var choices = step.Choices is null ? [] : await step.Choices(ctx, draft, ct);
        ctx.Say(html, Keyboard(ctx, draft, index, choices), prompt: true);
    }

    private InlineKeyboardMarkup Keyboard(BotContext ctx, Draft draft, int index, IReadOnlyList<Choice> choices)
    {
        var step = Steps[index];
        var rows = (step.Several ? SeveralChoices.Shown(choices, draft[step.Key]) : choices)
            .Chunk(step.ChoicesPerRow)
            .Select(chunk => chunk.Select(c => Button(c.Label, index, c.Value)).ToArray())
            .ToList();
        if (step.Several)
            rows.Add([Button(ctx.Raw("bot.choose_done"), index, SeveralChoices.Done)]);
        var nav = new List<InlineKeyboardButton>();
        if (PreviousStep(draft, index) >= 0)
            nav.Add(Button(ctx.Raw("bot.back"), index, Back));
        if (step.Optional)
            nav.Add(Button(ctx.Raw("bot.skip"), index, Skip));
        if (nav.Count > 0)
            rows.Add([.. nav]);
        rows.Add([Keyboards.Button(ctx.Raw("bot.cancel"), CallbackData.Cancel)]);
        return new InlineKeyboardMarkup(rows);
    }

    private InlineKeyboardButton Button(string label, int step, string value) =>
        Keyboards.Button(label, CallbackData.Wizard, Name, step.ToString(), value);

    /// <summary>
    /// Whether answering <paramref name="step"/> may finish the flow: no later step is sure to be
    /// asked yet (a flow sent back to one step asks only what is missing, so it may finish too).
    /// </summary>
    public bool MayFinishAfter(Draft draft, int step) => draft.Has(Resuming) || NextStep(draft, step + 1) < 0;

    private int NextStep(Draft draft, int from)
    {
        for (var i = from; i < Steps.Count; i++)
            if (Steps[i].When(draft))
                return i;
        return -1;
    }

    /// <summary>The next step a finished flow still needs (one that was answered, skipped or optional is not asked again).</summary>
    private int MissingStep(Draft draft, int from)
    {
        for (var i = from; i < Steps.Count; i++)
            if (Steps[i].When(draft) && !Steps[i].Optional && !Steps[i].Several && !draft.Has(Steps[i].Key))
                return i;
        return -1;
    }

    private int PreviousStep(Draft draft, int before)
    {
        for (var i = before - 1; i >= 0; i--)
            if (Steps[i].When(draft))
                return i;
        return -1;
    }
}
