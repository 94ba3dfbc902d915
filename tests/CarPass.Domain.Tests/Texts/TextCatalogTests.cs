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
    public void Arguments_are_formatted_with_the_invariant_culture()
    {
        var text = TextCatalog.Get(Language.En, "consistency.summary", 4, 6);

        Assert.Equal("Records in 4 of the last 6 months", text);
    }

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

        Assert.Equal("This is 12000 km more than the last trusted reading (50000 km). Please check the number.", text);
    }

    [Fact]
    public void Has_and_keys_describe_one_language()
    {
        Assert.True(TextCatalog.Has(Language.Ru, "trust_level.reliable"));
        Assert.False(TextCatalog.Has(Language.Ru, "trust_level.legendary"));
        Assert.Contains("trust_level.reliable", TextCatalog.Keys(Language.En));
    }
}
