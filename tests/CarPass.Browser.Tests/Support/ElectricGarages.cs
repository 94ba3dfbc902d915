using CarPass.Data.Charging;
using CarPass.Data.Fuel;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Browser.Tests.Support;

/// <summary>An owner with an electric car and a plug-in hybrid, written through the host's own use cases.</summary>
public static class ElectricGarages
{
    /// <summary>
    /// The Leaf charged 40, 36 and 30 kWh at 10 000, 10 200 and 10 400 km: (36 + 30) / 400 × 100 = 16.5 kWh/100 km.
    /// The Outlander charged 10 and 8 kWh 50 km apart (16 kWh/100 km) and has one fill, so no l/100 km yet.
    /// The same cars on every call.
    /// </summary>
    public static async Task OwnerAsync(LiveHost host, long telegramId, string language)
    {
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var user = (
            await services
                .GetRequiredService<UserUseCases>()
                .EnsureAsync(new TelegramProfile(telegramId, "Volta", LanguageCode: language), false, default)
        ).Value!;
        if (
            (await services.GetRequiredService<Data.Passports.PassportReader>().VehicleIdsAsync(user.Id, default)).Count
            > 0
        )
            return;
        var vehicles = services.GetRequiredService<VehicleUseCases>();
        var charging = services.GetRequiredService<ChargingUseCases>();
        var now = DateTime.UtcNow;
        var leaf = (
            await vehicles.AddAsync(user.Id, new VehicleDraft("Leaf", FuelType: FuelType.Electric), default)
        ).Value!;
        foreach (var (kwh, km, day) in new[] { (40.0, 10_000, 30), (36.0, 10_200, 20), (30.0, 10_400, 10) })
            Ensure(
                await charging.LogAsync(
                    user.Id,
                    leaf.Id,
                    new ChargingDraft(kwh, ChargingPlace.Home, OdometerKm: km, ChargedAt: now.AddDays(-day)),
                    default
                )
            );
        var outlander = (
            await vehicles.AddAsync(user.Id, new VehicleDraft("Outlander", FuelType: FuelType.PluginHybrid), default)
        ).Value!;
        Ensure(
            await charging.LogAsync(
                user.Id,
                outlander.Id,
                new ChargingDraft(10, ChargingPlace.Fast, OdometerKm: 20_000, ChargedAt: now.AddDays(-3)),
                default
            )
        );
        Ensure(
            await charging.LogAsync(
                user.Id,
                outlander.Id,
                new ChargingDraft(8, ChargingPlace.Public, OdometerKm: 20_050, ChargedAt: now.AddDays(-2)),
                default
            )
        );
        Ensure(
            await services
                .GetRequiredService<FuelUseCases>()
                .LogAsync(
                    user.Id,
                    outlander.Id,
                    new FuelDraft(30, OdometerKm: 20_100, FilledAt: now.AddDays(-1)),
                    default
                )
        );
    }

    private static void Ensure<T>(Domain.Common.Outcome<T> outcome)
    {
        if (!outcome.IsSuccess)
            throw new InvalidOperationException($"a record was refused: {outcome.Error}");
    }
}
