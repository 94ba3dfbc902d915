using CarPass.Domain.Reports;
using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.Texts;

public class ReportTextCoverageTests
{
    [Fact]
    public void Every_report_error_code_is_listed_and_has_a_text_in_both_languages()
    {
        var constants = typeof(ReportErrorCodes)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(), ReportErrorCodes.All.Order());
        Assert.All(
            ReportErrorCodes.All,
            code =>
                Assert.True(
                    TextCatalog.Has(Language.Ru, $"error.{code}") && TextCatalog.Has(Language.En, $"error.{code}")
                )
        );
    }

    [Fact]
    public void The_offered_link_lifetimes_are_all_allowed_and_include_the_default()
    {
        Assert.All(ShareLinkLifetime.Offered, d => Assert.True(ShareLinkLifetime.IsValid(d)));
        Assert.Contains(ShareLinkLifetime.DefaultDays, ShareLinkLifetime.Offered);
        Assert.False(ShareLinkLifetime.IsValid(0));
        Assert.False(ShareLinkLifetime.IsValid(31));
    }
}
