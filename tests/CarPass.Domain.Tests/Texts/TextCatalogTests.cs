using CarPass.Domain.Common;
using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.Texts;

public class TextCatalogTests
{
    [Fact]
    public void Texts_are_looked_up_by_language()
    {
        Assert.Equal("Partially verified", TextCatalog.Get(Language.En, "history_status.partially_verified"));
        Assert.Equal("Частично подтверждена", TextCatalog.Get(Language.Ru, "history_status.partially_verified"));
    }

    [Fact]
    public void Plain_counts_are_shown_as_they_are()
    {
        var text = TextCatalog.Get(Language.En, "consistency.summary", 4, 6);

        Assert.Equal("Records in 4 of the last 6 months", text);
    }

    [Theory]
    [InlineData(
        Language.Ru,
        "Это на 12\u00A0000 км больше последнего подтверждённого показания (85\u00A0400 км). Проверьте число."
    )]
    [InlineData(
        Language.En,
        "This is 12\u00A0000 km more than the last trusted reading (85\u00A0400 km). Please check the number."
    )]
    public void Mileage_in_an_error_reads_like_mileage_everywhere_else(Language language, string expected)
    {
        var text = TextCatalog.Error(language, new DomainError(ErrorCodes.OdometerImplausibleJump, 85_400, 12_000));

        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), text);
    }

    [Theory]
    [InlineData(Language.Ru, 1, "Разрешить на 1 день")]
    [InlineData(Language.Ru, 3, "Разрешить на 3 дня")]
    [InlineData(Language.Ru, 7, "Разрешить на 7 дней")]
    [InlineData(Language.Ru, 21, "Разрешить на 21 день")]
    [InlineData(Language.Ru, 30, "Разрешить на 30 дней")]
    [InlineData(Language.En, 1, "Allow 1 day")]
    [InlineData(Language.En, 30, "Allow 30 days")]
    public void Counts_take_the_plural_form_of_their_language(Language language, int days, string expected) =>
        Assert.Equal(
            System.Text.RegularExpressions.Regex.Unescape(expected),
            TextCatalog.Get(language, "bot.access.approve_days", days)
        );

    [Theory]
    [InlineData(Language.Ru, "✅ Заправка сохранена: 42,5 л.")]
    [InlineData(Language.En, "✅ Fill-up saved: 42.5 l.")]
    public void Decimals_use_the_languages_separator(Language language, string expected) =>
        Assert.Equal(expected, TextCatalog.Get(language, "bot.fuel.saved", 42.5));

    [Fact]
    public void An_unknown_key_comes_back_as_itself()
    {
        Assert.Equal("missing.insurance_packet.title", TextCatalog.Get(Language.Ru, "missing.insurance_packet.title"));
    }

    [Fact]
    public void Errors_are_rendered_with_their_arguments()
    {
        var error = new DomainError(ErrorCodes.OdometerImplausibleJump, 50_000, 12_000);

        var text = TextCatalog.Error(Language.En, error);

        Assert.Equal(
            "This is 12\u00A0000 km more than the last trusted reading (50\u00A0000 km). Please check the number.",
            text
        );
    }

    [Fact]
    public void Has_and_keys_describe_one_language()
    {
        Assert.True(TextCatalog.Has(Language.Ru, "trust_level.reliable"));
        Assert.False(TextCatalog.Has(Language.Ru, "trust_level.legendary"));
        Assert.Contains("trust_level.reliable", TextCatalog.Keys(Language.En));
    }
}
