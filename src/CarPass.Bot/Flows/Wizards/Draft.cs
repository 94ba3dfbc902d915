using System.Globalization;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>The values a flow has collected so far; persisted as JSON with the conversation.</summary>
public sealed class Draft(Dictionary<string, string> values)
{
    public Dictionary<string, string> Values { get; } = values;

    public string? this[string key]
    {
        get => Values.GetValueOrDefault(key);
        set
        {
            if (value is null)
                Values.Remove(key);
            else
                Values[key] = value;
        }
    }

    public bool Has(string key) => Values.ContainsKey(key);

    public Guid? VehicleId => Id(DraftKeys.Vehicle);

    public Guid? Id(string key) => Routing.CallbackData.ParseId(this[key]);

    public int? Int(string key) =>
        int.TryParse(this[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public double? Number(string key) =>
        double.TryParse(this[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    public long? Long(string key) =>
        long.TryParse(this[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
