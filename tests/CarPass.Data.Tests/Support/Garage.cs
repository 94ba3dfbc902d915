using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;

namespace CarPass.Data.Tests.Support;

/// <summary>Builds the usual cast of a test through the real use cases: an owner, a car, a verified centre.</summary>
public static class Garage
{
    public const string ValidVin = "JTNB11HK003079841";

    public static T Ok<T>(this Outcome<T> outcome) =>
        outcome.IsSuccess
            ? outcome.Value!
            : throw new Xunit.Sdk.XunitException($"Expected success, got {outcome.Error}");

    public static async Task<(User Owner, Vehicle Car)> OwnerWithCarAsync(
        TestDatabase db,
        long telegramId = 1001,
        int? odometerKm = 50_000
    )
    {
        var owner = await db.UserAsync(telegramId);
        var car = (
            await db.Get<VehicleUseCases>()
                .AddAsync(
                    owner.Id,
                    new VehicleDraft("Golf", "Volkswagen", "Golf", 2018, OdometerKm: odometerKm),
                    default
                )
        ).Ok();
        return (owner, car);
    }

    /// <summary>A verified centre whose manager is the returned employee.</summary>
    public static async Task<(ServiceCenter Center, User Employee)> VerifiedCenterAsync(
        TestDatabase db,
        long employeeTelegramId = 2001,
        bool verified = true
    )
    {
        var employee = await db.UserAsync(employeeTelegramId);
        var centers = db.Get<ServiceCenterUseCases>();
        var center = (
            await centers.RegisterAsync(
                employee.Id,
                new ServiceCenterDraft($"Centre {employeeTelegramId}", "Kazan"),
                default
            )
        ).Ok();
        if (verified)
        {
            var admin = await db.UserAsync(9000 + employeeTelegramId, isOperator: true);
            (await db.Get<ServiceCenterUseCases>().SetVerificationAsync(admin.Id, center.Id, true, null, default)).Ok();
        }
        return (center, employee);
    }

    /// <summary>A staff member who joined the centre through the manager's one-time invitation.</summary>
    public static async Task<User> StaffAsync(TestDatabase db, ServiceCenter center, User manager, long telegramId = 11)
    {
        var team = db.Get<TeamUseCases>();
        var staff = await db.UserAsync(telegramId);
        var code = (await team.InviteAsync(manager.Id, center.Id, default)).Ok().Code;
        (await team.AcceptAsync(staff.Id, code, default)).Ok();
        return staff;
    }
}
