using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.ServiceCenters;

public sealed class TrustHintsTests
{
    private static ServiceCenterSnapshot Centre(
        VerificationStatus verification = VerificationStatus.Verified,
        int pendingVisits = 0,
        int disabledHoldingGrants = 0
    ) => new(Guid.NewGuid(), verification, 10, 0, 0, 0, pendingVisits, 0, 2, disabledHoldingGrants, 0);

    [Fact]
    public void A_verified_centre_with_nothing_waiting_has_no_hints()
    {
        Assert.Empty(TrustHints.For(Centre(), unansweredDisputes: 0));
    }

    [Fact]
    public void Each_thing_that_holds_trust_back_is_one_hint_with_its_count_in_a_fixed_order()
    {
        var hints = TrustHints.For(
            Centre(VerificationStatus.Unverified, pendingVisits: 3, disabledHoldingGrants: 2),
            unansweredDisputes: 1
        );

        Assert.Equal(
            [
                new TrustHint(TrustHints.Verify, 1),
                new TrustHint(TrustHints.PendingVisits, 3),
                new TrustHint(TrustHints.UnansweredDisputes, 1),
                new TrustHint(TrustHints.DisabledEmployeesHoldingGrants, 2),
            ],
            hints
        );
    }

    [Fact]
    public void A_refused_verification_still_asks_for_verification()
    {
        Assert.Equal(
            [new TrustHint(TrustHints.Verify, 1)],
            TrustHints.For(Centre(VerificationStatus.Rejected), unansweredDisputes: 0)
        );
    }

    [Fact]
    public void Every_hint_and_the_empty_list_have_texts_in_both_languages()
    {
        var keys = TrustHints.Codes.Select(c => $"trust_hint.{c}").Append(TrustHints.NoneKey);

        foreach (var key in keys)
        {
            Assert.True(TextCatalog.Has(Language.En, key), key);
            Assert.True(TextCatalog.Has(Language.Ru, key), key);
        }
    }
}
