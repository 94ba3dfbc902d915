namespace CarPass.Bot.Input;

/// <summary>What a typed number turned out to be: a number, two possible numbers, or not a number.</summary>
public abstract record NumberReading
{
    private NumberReading() { }

    public static NumberReading Invalid { get; } = new NotANumber();

    public sealed record Number(double Value) : NumberReading;

    /// <summary>"1,500": a decimal comma (1.5) or a thousands separator (1500); the person is asked which.</summary>
    public sealed record Ambiguous(double AsDecimal, double AsThousands) : NumberReading;

    public sealed record NotANumber : NumberReading;
}
