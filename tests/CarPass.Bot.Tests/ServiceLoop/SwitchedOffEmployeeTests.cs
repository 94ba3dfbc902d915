using CarPass.Bot.Routing;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Access;
using CarPass.Data.Requests;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

public sealed class SwitchedOffEmployeeTests : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_switched_off_employee_hears_no_more_decisions_and_the_manager_hears_them_instead()
    {
        var car = await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
        await GrantedAccessAsync(_world);
        var (owner, employee, manager) = (
            await UserAsync(_world, Owner),
            await UserAsync(_world, Employee),
            await UserAsync(_world, Manager)
        );
        var center = await _world.DbAsync(db => db.ServiceCenters.Select(c => c.Id).SingleAsync());
        var visit = (
            await _world
                .Service<VisitUseCases>()
                .CreateAsync(
                    employee.Id,
                    center,
                    car,
                    new VisitDraft(DateTime.UtcNow.AddDays(-1), "Oil change"),
                    default
                )
        ).Value!;
        var change = (
            await _world
                .Service<ChangeRequestUseCases>()
                .ProposeAsync(
                    employee.Id,
                    center,
                    car,
                    VehicleField.EngineOilType,
                    "5W-40",
                    ChangeSource.ServiceCenter,
                    default
                )
        ).Value!;
        var golf = (
            await _world
                .Service<VehicleUseCases>()
                .AddAsync(owner.Id, new VehicleDraft("Golf", "Volkswagen", "Golf", 2018), default)
        ).Value!;
        var request = (
            await _world.Service<AccessUseCases>().RequestAsync(employee.Id, center, golf.Id, default)
        ).Value!;
        var employeeRow = await _world.DbAsync(db => db.Employees.SingleAsync(e => e.UserId == employee.Id));
        (
            await _world
                .Service<Data.ServiceCenters.TeamUseCases>()
                .SetActiveAsync(manager.Id, employeeRow.Id, false, default)
        ).Value!.ToString();
        var toEmployeeBefore = _world.Api.Sent.Count(m => m.ChatId == Employee);

        var screen = await _world.SayAsync(Owner, "/garage");
        await TapAsync(screen, CallbackData.ConfirmVisit, CallbackData.Id(visit.Id));
        await TapAsync(screen, CallbackData.DecideChange, CallbackData.Id(change.Id), "y");
        await TapAsync(screen, CallbackData.DecideAccess, CallbackData.Id(request.Id), "7");
        var toManager = new[]
        {
            await _world.NextAsync(Manager),
            await _world.NextAsync(Manager),
            await _world.NextAsync(Manager),
        };

        Assert.Contains("confirmed your visit", toManager[0].Text);
        Assert.Contains("approved your proposal", toManager[1].Text);
        Assert.Contains("gave access", toManager[2].Text);
        Assert.Equal(toEmployeeBefore, _world.Api.Sent.Count(m => m.ChatId == Employee));
    }

    private async Task TapAsync(Fake.SentMessage on, string action, params string[] args)
    {
        _world.Tap(Owner, on, CallbackData.Build(action, args));
        await _world.NextAsync(Owner);
    }
}
