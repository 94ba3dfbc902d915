using System.Text;

namespace CarPass.Domain.Common;

/// <summary>
/// The one place enum names become snake_case ("HighConfidence" → "high_confidence"), so JSON
/// values and text keys can never drift apart.
/// </summary>
public static class SnakeCase
{
    public static string Of(Enum value) => Of(value.ToString());

    public static string Of(string pascalCase)
    {
        var builder = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var current = pascalCase[i];
            if (char.IsUpper(current) && i > 0 && StartsNewWord(pascalCase, i))
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(current));
        }
        return builder.ToString();
    }

    // "VinOk" → vin_ok; "ObdURL" stays one word until a lower-case letter ends the acronym.
    private static bool StartsNewWord(string text, int index)
    {
        var previous = text[index - 1];
        if (char.IsLower(previous) || char.IsDigit(previous))
        {
            return true;
        }
        return char.IsUpper(previous) && index + 1 < text.Length && char.IsLower(text[index + 1]);
    }
}
