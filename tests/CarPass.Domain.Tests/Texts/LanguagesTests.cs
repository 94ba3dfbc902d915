using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.Texts;

public class LanguagesTests
{
    [Theory]
    [InlineData("ru", Language.Ru)]
    [InlineData("ru-RU", Language.Ru)]
    [InlineData("RU", Language.Ru)]
    [InlineData("uk", Language.Ru)]
    [InlineData("be", Language.Ru)]
    [InlineData("kk-KZ", Language.Ru)]
    [InlineData("en", Language.En)]
    [InlineData("en-GB", Language.En)]
    [InlineData("de", Language.En)]
    [InlineData("", Language.En)]
    [InlineData(null, Language.En)]
    public void Telegram_language_codes_map_to_russian_or_english(string? code, Language expected)
    {
        Assert.Equal(expected, Languages.FromCode(code));
    }

    [Theory]
    [InlineData(Language.Ru, "ru")]
    [InlineData(Language.En, "en")]
    public void Languages_have_a_two_letter_code(Language language, string expected)
    {
        Assert.Equal(expected, Languages.Code(language));
    }
}
