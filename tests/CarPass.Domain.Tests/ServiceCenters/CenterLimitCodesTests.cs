using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.ServiceCenters;

public sealed class CenterLimitCodesTests
{
    [Fact]
    public void Every_centre_limit_code_is_listed_and_has_a_russian_and_an_english_text()
    {
        var constants = typeof(CenterLimitCodes)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(), CenterLimitCodes.All.Order());
        var missing = CenterLimitCodes
            .All.Select(code => $"error.{code}")
            .Where(key => !TextCatalog.Has(Language.Ru, key) || !TextCatalog.Has(Language.En, key));
        Assert.Empty(missing);
    }
}
