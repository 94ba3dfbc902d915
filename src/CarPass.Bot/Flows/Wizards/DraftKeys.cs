namespace CarPass.Bot.Flows.Wizards;

public static class DraftKeys
{
    public const string Vehicle = "vehicle";
    public const string Field = "field";
    public const string Center = "center";
    public const string Target = "target";
}
