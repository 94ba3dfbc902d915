using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;

namespace CarPass.Data.Tests.ServiceLoop;

public sealed class RegistrationCapTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task One_person_may_have_only_a_few_centres_awaiting_review_at_once()
    {
        var user = await _db.UserAsync(2001);
        var centers = _db.Get<ServiceCenterUseCases>();
        var max = new RegistrationLimits().MaxAwaitingReviewPerUser;
        var registered = new List<ServiceCenter>();
        for (var i = 0; i < max; i++)
            registered.Add(
                (await centers.RegisterAsync(user.Id, new ServiceCenterDraft($"Branch {i}", "Kazan"), default)).Ok()
            );
        var before = await _db.CountAllRowsAsync();

        var oneTooMany = await centers.RegisterAsync(user.Id, new ServiceCenterDraft("Branch X", "Kazan"), default);
        var unchanged = await _db.CountAllRowsAsync();
        var admin = await _db.UserAsync(9000, isOperator: true);
        (await centers.SetVerificationAsync(admin.Id, registered[0].Id, true, null, default)).Ok();
        var afterReview = await centers.RegisterAsync(user.Id, new ServiceCenterDraft("Branch X", "Kazan"), default);

        Assert.Equal("center_registrations_awaiting_review", oneTooMany.Error?.Code);
        Assert.Equal(max, Assert.Single(oneTooMany.Error!.Args));
        Assert.Equal(before, unchanged);
        Assert.True(afterReview.IsSuccess);
    }
}
