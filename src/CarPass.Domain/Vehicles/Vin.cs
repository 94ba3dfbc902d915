using CarPass.Domain.Common;

namespace CarPass.Domain.Vehicles;

/// <summary>Vehicle identification number rules (ISO 3779; check digit per 49 CFR 565).</summary>
public static class Vin
{
    public const int Length = 17;
    public const int CheckDigitIndex = 8;
    public const int ModelYearIndex = 9;

    private static readonly int[] PositionWeights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    // Position 10 codes in cycle order: A = 1980 (and 2010) … Y = 2000, 1 = 2001 … 9 = 2009.
    private const string ModelYearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private const int FirstModelYear = 1980;
    private const int ModelYearCycle = 30;

    public static Outcome<string> Validate(string? input)
    {
        var vin = Normalize(input);
        if (vin.Length == 0)
        {
            return Outcome<string>.Fail(ErrorCodes.VinRequired);
        }
        if (vin.Length != Length)
        {
            return Outcome<string>.Fail(ErrorCodes.VinWrongLength, vin.Length);
        }
        if (!vin.All(IsAsciiLetterOrDigit))
        {
            return Outcome<string>.Fail(ErrorCodes.VinInvalidChars);
        }
        if (vin.Any(c => c is 'I' or 'O' or 'Q'))
        {
            return Outcome<string>.Fail(ErrorCodes.VinForbiddenLetters);
        }
        if (IsCheckDigitMandatory(vin) && CheckDigit(vin) != vin[CheckDigitIndex])
        {
            return Outcome<string>.Fail(ErrorCodes.VinCheckDigit);
        }
        return vin;
    }

    /// <summary>North-American WMIs (first character 1–5) must carry a correct check digit.</summary>
    public static bool IsCheckDigitMandatory(string vin) => vin.Length > 0 && vin[0] is >= '1' and <= '5';

    /// <summary>The check digit a 17-character VIN should carry at position 9.</summary>
    public static char CheckDigit(string vin)
    {
        if (vin.Length != Length)
        {
            throw new ArgumentException($"A VIN has {Length} characters.", nameof(vin));
        }
        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            sum += CheckValue(vin[i], i);
        }
        return CheckDigitFor(sum);
    }

    /// <summary>What a character at a position adds to the check-digit sum (49 CFR 565.15).</summary>
    public static int CheckValue(char c, int position) => Transliterate(c) * PositionWeights[position];

    /// <summary>The check digit of a VIN whose <see cref="CheckValue"/> sum is this.</summary>
    public static char CheckDigitFor(int sum) => sum % 11 == 10 ? 'X' : (char)('0' + sum % 11);

    /// <summary>Whether a character stands for a model year in position 10 (U, Z, 0 never do).</summary>
    public static bool IsModelYearCode(char c) => ModelYearCodes.Contains(c);

    /// <summary>Candidate model years for the position-10 code (two per code: the 30-year cycle repeats).</summary>
    public static IReadOnlyList<int> ModelYears(string vin)
    {
        if (vin.Length <= ModelYearIndex)
        {
            return [];
        }
        var cycleIndex = ModelYearCodes.IndexOf(char.ToUpperInvariant(vin[ModelYearIndex]));
        if (cycleIndex < 0)
        {
            return [];
        }
        var first = FirstModelYear + cycleIndex;
        return [first, first + ModelYearCycle];
    }

    /// <summary>"WVW…0001": enough to recognise a car, not enough to identify it.</summary>
    public static string Mask(string vin) => vin.Length <= 7 ? "…" : $"{vin[..3]}…{vin[^4..]}";

    private static string Normalize(string? input) =>
        (input ?? string.Empty).Trim().Replace(" ", "").Replace("-", "").ToUpperInvariant();

    private static bool IsAsciiLetterOrDigit(char c) => c is >= 'A' and <= 'Z' or >= '0' and <= '9';

    private static int Transliterate(char c) =>
        c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'A' and <= 'H' => c - 'A' + 1,
            >= 'J' and <= 'N' => c - 'J' + 1,
            'P' => 7,
            'R' => 9,
            >= 'S' and <= 'Z' => c - 'S' + 2,
            _ => throw new ArgumentException($"'{c}' cannot appear in a VIN.", nameof(c)),
        };
}
