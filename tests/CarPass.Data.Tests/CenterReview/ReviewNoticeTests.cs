using CarPass.Data.CenterReview;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.CenterReview;

public sealed class ReviewNoticeTests : IAsyncLifetime
{
    private const long Operator = 3001;
    private TestDatabase _db = null!;
    private User _operator = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _operator = await _db.UserAsync(Operator, isOperator: true);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_first_registration_is_announced_and_later_ones_are_gathered_into_the_next_period()
    {
        await RegisterAsync(2001, "First");
        var first = await ClaimAndSendAsync();
        _db.Clock.Advance(TimeSpan.FromMinutes(5));
        await RegisterAsync(2002, "Second");
        await RegisterAsync(2003, "Third");
        var withinPeriod = await ClaimAndSendAsync();
        _db.Clock.Advance(TimeSpan.FromMinutes(new RegistrationLimits().OperatorNoticeMinutes - 5));
        var gathered = await ClaimAndSendAsync();
        var nothingNew = await ClaimAndSendAsync();

        Assert.Equal(["First"], Names(Assert.Single(first)));
        Assert.Empty(withinPeriod);
        var digest = Assert.Single(gathered);
        Assert.Equal(["Second", "Third"], Names(digest));
        Assert.Equal(3, digest.Waiting);
        Assert.Equal(Operator, digest.ChatId);
        Assert.Empty(nothingNew);
    }

    [Fact]
    public async Task A_notice_that_did_not_go_out_names_its_centres_again_on_the_next_run()
    {
        await RegisterAsync(2001, "First");
        var notices = _db.Get<ReviewNotices>();
        var failed = Assert.Single(await notices.ClaimDueAsync([Operator], default));
        await notices.ReleaseAsync(failed, default);

        var retried = await ClaimAndSendAsync();

        Assert.Equal(["First"], Names(Assert.Single(retried)));
    }

    [Fact]
    public async Task An_operator_who_blocked_the_bot_or_never_started_it_is_skipped_and_hears_everything_after_writing()
    {
        await _db.Get<BotReachability>().MarkUnreachableAsync(Operator, default);
        await RegisterAsync(2001, "First");
        var whileBlocked = await _db.Get<ReviewNotices>().ClaimDueAsync([Operator, 3999], default);
        await RegisterAsync(2002, "Second");
        await _db.UserAsync(Operator, isOperator: true);

        var afterWriting = await ClaimAndSendAsync();

        Assert.Empty(whileBlocked);
        Assert.Equal(["First", "Second"], Names(Assert.Single(afterWriting)));
    }

    [Fact]
    public async Task A_long_queue_is_named_ten_at_a_time_and_nothing_is_left_out()
    {
        for (var i = 0; i < ReviewNotices.MaxListed + 2; i++)
            await RegisterAsync(2000 + i, $"Centre {i:00}");

        var first = Assert.Single(await ClaimAndSendAsync());
        _db.Clock.Advance(TimeSpan.FromMinutes(new RegistrationLimits().OperatorNoticeMinutes));
        var second = Assert.Single(await ClaimAndSendAsync());

        Assert.Equal(ReviewNotices.MaxListed, first.Centers.Count);
        Assert.Equal(2, first.More);
        Assert.Equal(["Centre 10", "Centre 11"], Names(second));
        Assert.Equal(ReviewNotices.MaxListed + 2, second.Waiting);
    }

    [Fact]
    public async Task Two_senders_claiming_at_the_same_moment_send_one_notice()
    {
        await RegisterAsync(2001, "First");

        var claims = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(_ => _db.Get<ReviewNotices>().ClaimDueAsync([Operator], default))
        );

        Assert.Equal(1, claims.Sum(c => c.Count));
        Assert.Equal(1, await _db.ScalarAsync(c => c.OperatorNotices.CountAsync()));
    }

    private async Task RegisterAsync(long telegramId, string name)
    {
        var user = await _db.UserAsync(telegramId);
        (
            await _db.Get<ServiceCenterUseCases>()
                .RegisterAsync(user.Id, new ServiceCenterDraft(name, "Kazan"), default)
        ).Ok();
    }

    private async Task<IReadOnlyList<ReviewNotice>> ClaimAndSendAsync()
    {
        var notices = _db.Get<ReviewNotices>();
        var claimed = await notices.ClaimDueAsync([Operator], default);
        foreach (var notice in claimed)
            await notices.SentAsync(notice, default);
        return claimed;
    }

    private static string[] Names(ReviewNotice notice) => [.. notice.Centers.Select(c => c.Name)];
}
