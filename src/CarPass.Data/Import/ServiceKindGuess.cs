using CarPass.Domain.Maintenance;

namespace CarPass.Data.Import;

/// <summary>
/// A service record's kind from its free-text description (English or Russian). The description itself
/// is always kept in the note, so a wrong or missing guess loses nothing; unknown work is "other".
/// </summary>
public static class ServiceKindGuess
{
    // Most specific first: "oil filter" before "oil".
    private static readonly (string[] Words, ServiceKind Kind)[] Table =
    [
        (["oil filter", "масляный фильтр", "маслофильтр"], ServiceKind.OilFilter),
        (["cabin filter", "салонный фильтр", "фильтр салона"], ServiceKind.CabinFilter),
        (["air filter", "воздушный фильтр"], ServiceKind.AirFilter),
        (["fuel filter", "топливный фильтр"], ServiceKind.FuelFilter),
        (["transmission", "gearbox", "atf", "коробк", "трансмисс", "акпп"], ServiceKind.TransmissionFluid),
        (["brake fluid", "тормозная жидкость", "тормозной жидкости"], ServiceKind.BrakeFluid),
        (["brake pad", "pads", "колод"], ServiceKind.BrakePads),
        (["spark plug", "свеч"], ServiceKind.SparkPlugs),
        (["coolant", "antifreeze", "антифриз", "охлажда"], ServiceKind.Coolant),
        (["timing belt", "грм"], ServiceKind.TimingBelt),
        (["tire", "tyre", "шин", "резин"], ServiceKind.Tyres),
        (["battery", "аккумулятор", "акб"], ServiceKind.Battery),
        (["inspection", "техосмотр", "диагност"], ServiceKind.Inspection),
        (["oil", "масл"], ServiceKind.EngineOil),
    ];

    public static ServiceKind Of(string? description)
    {
        var text = description?.ToLowerInvariant() ?? "";
        foreach (var (words, kind) in Table)
            if (words.Any(text.Contains))
                return kind;
        return ServiceKind.Other;
    }
}
