using CarPass.Bot.Routing;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// Buttons of a photo's reading: "o:{step}:{scan}[:{vehicle}[:{selection}]]". The selection is a
/// bit mask over the scan's stored candidates, so the message needs no conversation state; the scan
/// must still be open and the vehicle editable by whoever taps.
/// </summary>
/// <param name="Number">The selection, or for <see cref="Propose"/> the candidate's index.</param>
public sealed record OcrPayload(string Step, Guid Scan, Guid? Vehicle, int? Number)
{
    /// <summary>o:v:{scan}:{vehicle} — the vehicle a reading is for, when the owner has several.</summary>
    public const string ForVehicle = "v";

    /// <summary>o:t:{scan}:{vehicle}:{selection} — a certificate's field ticked or unticked.</summary>
    public const string Toggle = "t";

    /// <summary>o:s:{scan}:{vehicle}:{selection} — save these values.</summary>
    public const string Save = "s";

    /// <summary>o:p:{scan} — none is right: another photo.</summary>
    public const string AnotherPhoto = "p";

    /// <summary>o:k:{scan}:{vehicle} — none is right: type the value.</summary>
    public const string TypeIt = "k";

    /// <summary>o:e:{scan}:{index} — an employee proposes this value to the owner.</summary>
    public const string Propose = "e";

    public static string Build(string step, Guid scan, Guid? vehicle = null, int? number = null)
    {
        var parts = new List<string> { step, CallbackData.Id(scan) };
        if (vehicle is { } id)
            parts.Add(CallbackData.Id(id));
        if (number is { } n)
            parts.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return CallbackData.Build(CallbackData.Ocr, [.. parts]);
    }

    public static OcrPayload? Parse(CallbackData data)
    {
        if (data.Arg(0) is not { } step || CallbackData.ParseId(data.Arg(1)) is not { } scan)
            return null;
        var vehicle = CallbackData.ParseId(data.Arg(2));
        var numberAt = vehicle is null ? 2 : 3;
        int? number = int.TryParse(data.Arg(numberAt), out var n) && n >= 0 ? n : null;
        return new OcrPayload(step, scan, vehicle, number);
    }

    /// <summary>A selection is one or more of the scan's candidates, and nothing else.</summary>
    public IReadOnlyList<int>? Chosen(int candidateCount) =>
        Number is { } mask && mask > 0 && candidateCount < 31 && mask < 1 << candidateCount
            ? Enumerable.Range(0, candidateCount).Where(i => (mask & (1 << i)) != 0).ToList()
            : null;
}
