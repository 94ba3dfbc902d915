using CarPass.Bot.Input;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>Steps several flows share: pick a vehicle, type a mileage, a number, a date or a note.</summary>
public sealed class FlowSteps(VehicleReader vehicles, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Asked only when the flow did not start from a vehicle already.</summary>
    public WizardStep Vehicle() =>
        new(DraftKeys.Vehicle, "bot.ask_vehicle")
        {
            When = d => !d.Has(DraftKeys.Vehicle),
            ChoicesPerRow = 1,
            Choices = async (ctx, _, ct) =>
                (await vehicles.EditableAsync(ctx.User.Id, ct))
                    .Select(v => new Choice(CallbackData.Id(v.Id), v.Name))
                    .ToList(),
        };

    public static WizardStep Odometer(string key, string promptKey, bool optional) =>
        new(key, promptKey) { Optional = optional, Parse = (ctx, _, text, _) => Task.FromResult(ParseKm(ctx, text)) };

    /// <summary>
    /// An odometer checked at its step with the rule the flow's write path applies
    /// (<paramref name="check"/>), so a value the write would refuse is asked again before anything else.
    /// </summary>
    public static WizardStep Odometer(string key, string promptKey, bool optional, OdometerCheck check) =>
        Odometer(key, promptKey, optional) with
        {
            Parse = async (ctx, draft, text, ct) =>
            {
                var input = ParseKm(ctx, text);
                if (input.Value is not { } value)
                    return input;
                var km = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                return await check(ctx, draft, km, ct) is { } error ? StepInput.Fail(ctx.Error(error)) : input;
            },
        };

    public static StepInput ParseKm(BotContext ctx, string text) =>
        NumberInput.ReadWhole(text) switch
        {
            NumberReading.Ambiguous a => AskWhichNumber(ctx, text, a),
            NumberReading.Number { Value: < OdometerRules.MinKm or > OdometerRules.MaxKm } => StepInput.Fail(
                ctx.Error(new DomainError(ErrorCodes.OdometerOutOfRange))
            ),
            NumberReading.Number km => StepInput.Ok(NumberInput.Format(km.Value)),
            _ => StepInput.Fail(ctx.T("bot.not_a_whole_number")),
        };

    /// <summary>"1,500" could be 1.5 or 1500: the person is asked which, and nothing is kept.</summary>
    public static StepInput AskWhichNumber(BotContext ctx, string typed, NumberReading.Ambiguous reading)
    {
        var comma = ctx.Language == Language.Ru;
        return StepInput.Fail(
            ctx.T(
                "bot.number_ambiguous",
                typed,
                NumberInput.Show(reading.AsDecimal, comma),
                NumberInput.Show(reading.AsThousands, comma)
            )
        );
    }

    public static WizardStep Number(string key, string promptKey, double min, double max, bool optional) =>
        new(key, promptKey)
        {
            Optional = optional,
            Parse = (ctx, _, text, _) =>
                Task.FromResult(
                    NumberInput.Read(text) switch
                    {
                        NumberReading.Ambiguous a => AskWhichNumber(ctx, text, a),
                        NumberReading.Number n when n.Value < min || n.Value > max => StepInput.Fail(
                            ctx.T("bot.number_between", min, max)
                        ),
                        NumberReading.Number n => StepInput.Ok(NumberInput.Format(n.Value)),
                        _ => StepInput.Fail(ctx.T("bot.not_a_number")),
                    }
                ),
        };

    public static WizardStep Text(string key, string promptKey, int maxLength, bool optional) =>
        new(key, promptKey)
        {
            Optional = optional,
            Parse = (ctx, _, text, _) =>
                Task.FromResult(
                    text.Length == 0 ? StepInput.Fail(ctx.T("bot.empty_text"))
                    : text.Length > maxLength
                        ? StepInput.Fail(ctx.Error(new DomainError(ErrorCodes.ValueTooLong, maxLength)))
                    : StepInput.Ok(text)
                ),
        };

    /// <summary>
    /// A date: "Today"/"Yesterday" buttons or a typed date, never in the future. Days are the
    /// person's own: "today" at 00:15 in Moscow is Moscow's today, not UTC's yesterday.
    /// </summary>
    public WizardStep Date(string key, string promptKey, bool optional) =>
        new(key, promptKey)
        {
            Optional = optional,
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>([
                    new(DateValue(Today(ctx)), ctx.Raw("bot.today")),
                    new(DateValue(Today(ctx).AddDays(-1)), ctx.Raw("bot.yesterday")),
                ]),
            Parse = (ctx, _, text, _) =>
                Task.FromResult(
                    DateInput.Parse(text, Today(ctx)) switch
                    {
                        null => StepInput.Fail(ctx.T("bot.not_a_date")),
                        var d when d > Today(ctx) => StepInput.Fail(
                            ctx.Error(new DomainError(ErrorCodes.DateInFuture))
                        ),
                        var d when d.Value.Year < 1900 => StepInput.Fail(
                            ctx.Error(new DomainError(ErrorCodes.DateTooOld))
                        ),
                        var d => StepInput.Ok(DateValue(d.Value)),
                    }
                ),
        };

    /// <summary>A typed day that may lie ahead (an expiry, a forecast frost); the write path judges its range.</summary>
    public WizardStep DayAhead(string key, string promptKey, bool optional) =>
        new(key, promptKey)
        {
            Optional = optional,
            Parse = (ctx, _, text, _) =>
                Task.FromResult(
                    DateInput.Parse(text, Today(ctx)) is { } day
                        ? StepInput.Ok(DateValue(day))
                        : StepInput.Fail(ctx.T("bot.not_a_date"))
                ),
        };

    /// <summary>An optional photo, sent as a photo; typed text is answered with <paramref name="photoOnlyKey"/>.</summary>
    public static WizardStep Photo(string key, string promptKey, string photoOnlyKey) =>
        new(key, promptKey)
        {
            Optional = true,
            TakesPhoto = true,
            Parse = (ctx, _, _, _) => Task.FromResult(StepInput.Fail(ctx.T(photoOnlyKey))),
        };

    public static string DateValue(DateTime date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A typed day (the person's own) as a UTC moment: today means now (so it sorts after this
    /// morning's readings); a past day means its midday where the person lives.
    /// </summary>
    public DateTime? ReadMoment(BotContext ctx, string? value) =>
        ReadDate(value) is { } day
            ? day == Today(ctx)
                ? Now
                : TimeZoneInfo.ConvertTimeToUtc(
                    DateTime.SpecifyKind(day.AddHours(12), DateTimeKind.Unspecified),
                    ctx.Speaker.Zone
                )
            : null;

    /// <summary>The person's today, in their time zone.</summary>
    public DateTime Today(BotContext ctx) => LocalDate.Of(Now, ctx.Speaker.Zone);

    public static DateTime? ReadDate(string? value) =>
        DateTime.TryParseExact(
            value,
            "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal,
            out var d
        )
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc)
            : null;

    /// <summary>Buttons for every value of an enum, labelled from the texts ("fuel_type.petrol" …).</summary>
    public static Func<BotContext, Draft, CancellationToken, Task<IReadOnlyList<Choice>>> EnumChoices<TEnum>(
        string textPrefix
    )
        where TEnum : struct, Enum =>
        (ctx, _, _) =>
            Task.FromResult<IReadOnlyList<Choice>>(
                Enum.GetValues<TEnum>().Select(v => new Choice(v.ToString(), ctx.Raw(EnumText(textPrefix, v)))).ToList()
            );

    /// <summary>
    /// Several values of an enum, chosen with buttons labelled from the texts; the prompt's {0} lists
    /// what is chosen so far, or the text of <paramref name="noneKey"/>.
    /// </summary>
    public static WizardStep SeveralOf<TEnum>(string key, string promptKey, string textPrefix, string noneKey)
        where TEnum : struct, Enum =>
        new(key, promptKey)
        {
            Several = true,
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>([
                    .. Enum.GetValues<TEnum>().Select(v => new Choice(v.ToString(), ctx.Raw(EnumText(textPrefix, v)))),
                ]),
            PromptArgs = (ctx, d) =>
                [
                    SeveralChoices.Read(d[key]) is { Count: > 0 } chosen
                        ? string.Join(", ", chosen.Select(v => ctx.Raw(EnumText(textPrefix, Enum.Parse<TEnum>(v)))))
                        : ctx.Raw(noneKey),
                ],
        };

    private static string EnumText<TEnum>(string textPrefix, TEnum value)
        where TEnum : struct, Enum => $"{textPrefix}.{SnakeCase.Of(value)}";
}
