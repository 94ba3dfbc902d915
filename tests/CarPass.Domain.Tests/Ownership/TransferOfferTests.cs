using CarPass.Domain.Ownership;

namespace CarPass.Domain.Tests.Ownership;

public sealed class TransferOfferTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = Now.AddDays(7);

    [Fact]
    public void A_link_neither_used_nor_cancelled_is_open_until_its_expiry()
    {
        Assert.Equal(TransferOfferState.Open, TransferOffer.StateAt(null, null, Later, Now));
        Assert.Equal(TransferOfferState.Open, TransferOffer.StateAt(null, null, Now.AddTicks(1), Now));
    }

    [Fact]
    public void A_link_expiring_this_very_moment_is_expired()
    {
        Assert.Equal(TransferOfferState.Expired, TransferOffer.StateAt(null, null, Now, Now));
    }

    [Fact]
    public void A_used_link_stays_used_and_a_cancelled_one_cancelled_after_they_would_have_expired()
    {
        Assert.Equal(TransferOfferState.Used, TransferOffer.StateAt(Now, Now, Now, Later));
        Assert.Equal(TransferOfferState.Cancelled, TransferOffer.StateAt(null, Now, Now, Later));
    }
}
