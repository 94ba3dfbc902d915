namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    /// <summary>How guided flows keep their place: answers that are not text, the way on after a result.</summary>
    private static Dictionary<string, string> Flows() =>
        new()
        {
            ["bot.flow.type_answer"] = "This cannot answer the question: please answer with text or a button below.",
            ["bot.flow.tap_answer"] = "This cannot answer the question: please choose one of the buttons below.",
            ["bot.menu.main"] = "🏠 Menu",
        };
}
