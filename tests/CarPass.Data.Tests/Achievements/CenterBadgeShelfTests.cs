using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Timeline;
using CarPass.Domain.Achievements;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Achievements;

/// <summary>A centre's badge belongs to the centre: its active staff see it, whoever held the role when it came.</summary>
public sealed class CenterBadgeShelfTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceCenter _center = null!;
    private Users.User _manager = null!;
    private Users.User _staff = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        (_center, _manager) = await Garage.VerifiedCenterAsync(_db);
        _staff = await Garage.StaffAsync(_db, _center, _manager);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_active_employee_sees_the_centres_badge_not_only_the_manager_it_was_unlocked_for()
    {
        Assert.Contains(AchievementCodes.VerifiedServiceCenter, await CentreBadgesOfAsync(_manager));
        Assert.Contains(AchievementCodes.VerifiedServiceCenter, await CentreBadgesOfAsync(_staff));
    }

    [Fact]
    public async Task A_switched_off_employee_no_longer_sees_the_centres_badge()
    {
        var employee = await _db.ScalarAsync(c => c.Employees.SingleAsync(e => e.UserId == _staff.Id));
        (await _db.Get<TeamUseCases>().SetActiveAsync(_manager.Id, employee.Id, false, default)).Ok();

        Assert.Empty(await CentreBadgesOfAsync(_staff));
    }

    [Fact]
    public async Task A_former_manager_switched_off_by_a_new_one_no_longer_sees_the_badge_unlocked_for_them()
    {
        await using (var db = _db.NewContext())
        {
            var successor = await db.Employees.SingleAsync(e => e.UserId == _staff.Id);
            successor.Role = EmployeeRole.Manager;
            await db.SaveChangesAsync();
        }
        var former = await _db.ScalarAsync(c => c.Employees.SingleAsync(e => e.UserId == _manager.Id));
        (await _db.Get<TeamUseCases>().SetActiveAsync(_staff.Id, former.Id, false, default)).Ok();

        Assert.Empty(await CentreBadgesOfAsync(_manager));
        Assert.Contains(AchievementCodes.VerifiedServiceCenter, await CentreBadgesOfAsync(_staff));
    }

    private async Task<List<string>> CentreBadgesOfAsync(Users.User user)
    {
        var shelf = await _db.Get<AchievementReader>().ReadAsync(user.Id, default);
        return [.. shelf.Earned.Where(e => e.ServiceCenterId == _center.Id).Select(e => e.Badge.Code)];
    }
}
