using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Extraction;

/// <summary>Characters recognition mixes up in VINs.</summary>
internal static class VinLookAlikes
{
    // Pairs that print alike; one of each pair is what the check digit may prefer.
    private static readonly (char A, char B)[] Pairs =
    [
        ('S', '5'),
        ('B', '8'),
        ('Z', '2'),
        ('G', '6'),
        ('D', '0'),
        ('A', '4'),
        ('T', '7'),
        ('L', '1'),
    ];

    /// <summary>I, O and Q never occur in a VIN, so wherever they are read they are 1, 0 and 0.</summary>
    public static string FixAlwaysWrong(string reading) =>
        string.Create(
            reading.Length,
            reading,
            (chars, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                    chars[i] = source[i] switch
                    {
                        'I' => '1',
                        'O' or 'Q' => '0',
                        var c => c,
                    };
            }
        );

    /// <summary>
    /// ISO 3779 makes the last four characters digits (North America: the last five), so letters
    /// read there are their look-alike digits.
    /// </summary>
    public static string FixSerialDigits(string reading)
    {
        var chars = reading.ToCharArray();
        for (var i = FirstSerialDigit(reading); i < chars.Length; i++)
        {
            if (Other(chars[i]) is { } digit && char.IsAsciiDigit(digit))
                chars[i] = digit;
        }
        return new string(chars);
    }

    private static int FirstSerialDigit(string reading) =>
        Vin.IsCheckDigitMandatory(reading) ? Vin.Length - 5 : Vin.Length - 4;

    /// <summary>Readings that differ from this one in exactly one look-alike character.</summary>
    public static IEnumerable<string> SingleSwaps(string reading)
    {
        for (var i = 0; i < reading.Length; i++)
        {
            if (Other(reading[i]) is not { } other)
                continue;
            var mustBeDigit = i >= FirstSerialDigit(reading) || i == Vin.CheckDigitIndex;
            if (mustBeDigit && !char.IsAsciiDigit(other))
                continue;
            var chars = reading.ToCharArray();
            chars[i] = other;
            yield return new string(chars);
        }
    }

    /// <summary>The check digit is a digit or X; a letter read there is its look-alike digit.</summary>
    public static string FixCheckDigitPosition(string reading)
    {
        var c = reading[Vin.CheckDigitIndex];
        if (c is >= '0' and <= '9' or 'X' || Other(c) is not { } digit || !char.IsDigit(digit))
            return reading;
        var chars = reading.ToCharArray();
        chars[Vin.CheckDigitIndex] = digit;
        return new string(chars);
    }

    private static char? Other(char c)
    {
        foreach (var (a, b) in Pairs)
        {
            if (c == a)
                return b;
            if (c == b)
                return a;
        }
        return null;
    }
}
