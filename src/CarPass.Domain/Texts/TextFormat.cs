using System.Globalization;

namespace CarPass.Domain.Texts;

/// <summary>
/// How a text's numbers read in its language. Placeholders choose by their format:
/// <c>{0:n}</c> a quantity, grouped by a no-break space in both languages (Russian «85 400», «1,5»;
/// English "85 400", "1.5": a comma would read as a decimal mark to half the readers, and the chat
/// asks back a typed "1,500" for the same reason), and
/// <c>{0:plural:день|дня|дней}</c> a count with its word in the language's plural form (English
/// gives two forms, <c>{0:plural:day|days}</c>). A text argument (already written out) is shown as it
/// is, whatever the placeholder asks.
/// </summary>
public sealed class TextFormat : IFormatProvider, ICustomFormatter
{
    private const string PluralPrefix = "plural:";
    private static readonly TextFormat Russian = new(Language.Ru, Culture("ru-RU", "\u00A0", ","));
    private static readonly TextFormat English = new(Language.En, Culture("en-GB", "\u00A0", "."));

    private readonly Language _language;
    private readonly CultureInfo _culture;

    private TextFormat(Language language, CultureInfo culture) => (_language, _culture) = (language, culture);

    public static TextFormat For(Language language) => language == Language.Ru ? Russian : English;

    public object? GetFormat(Type? formatType) =>
        formatType == typeof(ICustomFormatter) ? this : _culture.GetFormat(formatType);

    public string Format(string? format, object? arg, IFormatProvider? formatProvider) =>
        (format, arg) switch
        {
            (_, string text) => text,
            ("n", _) when Number(arg) is { } n => Quantity(n),
            ({ } f, _) when f.StartsWith(PluralPrefix, StringComparison.Ordinal) && Number(arg) is { } n =>
                $"{Quantity(n)} {Word(n, f[PluralPrefix.Length..].Split('|'))}",
            (_, IFormattable formattable) => formattable.ToString(format, _culture),
            _ => arg?.ToString() ?? "",
        };

    /// <summary>The form of a word for a count: Russian one / few / many; English one / other.</summary>
    public string Word(double count, IReadOnlyList<string> forms)
    {
        if (forms.Count == 0)
            return "";
        var index =
            _language == Language.Ru ? RussianForm(count)
            : count == 1 ? 0
            : 1;
        return forms[Math.Min(index, forms.Count - 1)];
    }

    private string Quantity(double n) =>
        n == Math.Floor(n) ? n.ToString("#,0", _culture) : n.ToString("#,0.##", _culture);

    private static int RussianForm(double count)
    {
        if (count != Math.Floor(count))
            return 1; // «1,5 дня»
        var n = (long)Math.Abs(count);
        return (n % 10, n % 100) switch
        {
            (1, not 11) => 0,
            (>= 2 and <= 4, not (>= 12 and <= 14)) => 1,
            _ => 2,
        };
    }

    private static double? Number(object? arg) =>
        arg switch
        {
            int i => i,
            long l => l,
            double d => d,
            decimal m => (double)m,
            float f => f,
            short s => s,
            _ => null,
        };

    private static CultureInfo Culture(string name, string groupSeparator, string decimalSeparator)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.NumberFormat.NumberGroupSeparator = groupSeparator;
        culture.NumberFormat.NumberDecimalSeparator = decimalSeparator;
        return CultureInfo.ReadOnly(culture);
    }
}
