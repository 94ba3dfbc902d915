namespace CarPass.Domain.Texts;

public static class Languages
{
    // Russian is the closer language for Ukrainian, Belarusian and Kazakh interfaces.
    private static readonly HashSet<string> RussianSpeaking = ["ru", "uk", "be", "kk"];

    /// <summary>Maps a Telegram language_code ("ru", "ru-RU", "uk", "en-GB", null…) to a supported language.</summary>
    public static Language FromCode(string? telegramLanguageCode)
    {
        var primary = (telegramLanguageCode ?? string.Empty).Trim().Split('-', '_')[0].ToLowerInvariant();
        return RussianSpeaking.Contains(primary) ? Language.Ru : Language.En;
    }

    public static string Code(Language language) =>
        language switch
        {
            Language.Ru => "ru",
            _ => "en",
        };
}
