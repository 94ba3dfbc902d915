namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    /// <summary>How guided flows keep their place: answers that are not text, the way on after a result.</summary>
    private static Dictionary<string, string> Flows() =>
        new()
        {
            ["bot.flow.type_answer"] = "Это не ответ на вопрос: ответьте текстом или кнопкой ниже.",
            ["bot.flow.tap_answer"] = "Это не ответ на вопрос: выберите один из вариантов на кнопках ниже.",
            ["bot.menu.main"] = "🏠 Меню",
        };
}
