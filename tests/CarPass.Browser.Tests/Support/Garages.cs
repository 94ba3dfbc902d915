using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Browser.Tests.Support;

/// <summary>Owners beyond the demo, written through the host's own use cases.</summary>
public static class Garages
{
    /// <summary>
    /// An owner with one car: five priced full fills with the odometer over the last months (so a pace
    /// and a consumption per fill), then an implausible reading kept as flagged. The same car on every call.
    /// </summary>
    public static async Task<Guid> OneCarAsync(LiveHost host, long telegramId, string language = "en")
    {
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var user = (
            await services
                .GetRequiredService<UserUseCases>()
                .EnsureAsync(new TelegramProfile(telegramId, "Solo", LanguageCode: language), false, default)
        ).Value!;
        if (
            (await services.GetRequiredService<Data.Passports.PassportReader>().VehicleIdsAsync(user.Id, default))
            is [var existing]
        )
            return existing;
        var car = (
            await services.GetRequiredService<VehicleUseCases>().AddAsync(user.Id, new VehicleDraft("Golf"), default)
        ).Value!;
        var fuel = services.GetRequiredService<FuelUseCases>();
        var now = DateTime.UtcNow;
        for (var fill = 0; fill < 5; fill++)
            if (
                !(
                    await fuel.LogAsync(
                        user.Id,
                        car.Id,
                        new FuelDraft(
                            36 + 3 * fill,
                            (36 + 3 * fill) * 5_600L,
                            "RUB",
                            10_000 + 500 * fill,
                            FilledAt: now.AddDays(-30 * (5 - fill))
                        ),
                        default
                    )
                ).IsSuccess
            )
                throw new InvalidOperationException("a fill-up was refused");
        var odometer = services.GetRequiredService<OdometerUseCases>();
        if (!(await odometer.LogAsync(user.Id, car.Id, 95_000, keepUnusual: true, default)).IsSuccess)
            throw new InvalidOperationException("the kept reading was refused");
        return car.Id;
    }
}
