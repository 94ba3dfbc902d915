namespace CarPass.Bot.Flows;

/// <summary>/start payloads (≤ 64 characters of A-Z a-z 0-9 _ -) the bot understands.</summary>
public static class DeepLinks
{
    public const string Invite = "inv_";
    public const string Transfer = "own_";
    public const string Passport = "passport_";
    public const string AddVehicle = "add_vehicle";
}
