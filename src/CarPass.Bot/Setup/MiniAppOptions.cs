namespace CarPass.Bot.Setup;

public sealed class MiniAppOptions
{
    public const string Section = "MiniApp";

    /// <summary>Public https address of the Mini App; when set, the chat menu button opens it.</summary>
    public string? Url { get; set; }
}
