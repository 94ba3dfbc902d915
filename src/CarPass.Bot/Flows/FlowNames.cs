namespace CarPass.Bot.Flows;

/// <summary>Short flow names: they travel inside 64-byte button payloads and deep links.</summary>
public static class FlowNames
{
    public const string AddVehicle = "add";
    public const string Mileage = "km";
    public const string Fuel = "fuel";
    public const string Charge = "charge";
    public const string Service = "svc";
    public const string Specs = "spec";
    public const string Reminder = "rem";
    public const string TimeZone = "tz";
    public const string QuietHours = "quiet";
    public const string RegisterCenter = "reg";
    public const string RejectCenter = "rej";
    public const string FindVehicle = "find";
    public const string RecordVisit = "visit";
    public const string ProposeChange = "chg";
    public const string Dispute = "disp";
    public const string AnswerDispute = "dans";
    public const string Document = "doc";
    public const string Tyres = "tyre";
    public const string FirstFrost = "frost";

    /// <summary>A checked file waiting for the owner's tap (not a wizard: its state only).</summary>
    public const string Import = "imp";
}
