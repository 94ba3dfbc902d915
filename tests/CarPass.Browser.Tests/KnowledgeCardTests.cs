using CarPass.Browser.Tests.Support;
using CarPass.Data.Documents;
using CarPass.Data.Tyres;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The passport's documents and tyres cards, for the owner of the car.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KnowledgeCardTests(BrowserFixture fixture)
{
    private const long Owner = 100000061;
    private const long RussianOwner = 100000062;

    [Fact]
    public async Task The_owner_sees_masked_documents_a_lapsed_policy_warning_and_the_tyres_due()
    {
        var car = await CarWithDocumentsAndTyresAsync(Owner, "en");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "en", DateTimeOffset.UtcNow, 360);

        // One car: the Mini App opens its passport at once.
        await Expect(app.Page.GetByTestId("vehicle-name")).ToHaveTextAsync("Octavia");
        var documents = app.Page.GetByTestId("documents-card");
        var tyres = app.Page.GetByTestId("tyres-card");

        await Expect(documents.GetByTestId("documents-lapsed")).ToHaveTextAsync("The OSAGO policy has expired");
        await Expect(documents.GetByTestId("document-row")).ToHaveCountAsync(2);
        await Expect(documents.Locator("[data-status=lapsed]")).ToContainTextAsync("OSAGO •••• 4821");
        await Expect(documents.Locator("[data-status=lapsed]")).ToContainTextAsync("expired after");
        await Expect(documents.Locator("[data-status=expiring]")).ToContainTextAsync("Technical inspection");
        await Expect(documents).Not.ToContainTextAsync("0123454821");
        await Expect(tyres.Locator("[data-fitted=true]")).ToContainTextAsync(car.FittedSeason);
        await Expect(tyres.GetByTestId("tyre-row")).ToHaveCountAsync(2);
        // In March no season is due: the card then asks for nothing.
        if (TyreNudges.Due(DateTime.UtcNow.Date, null) is null)
            await Expect(tyres.GetByTestId("tyres-change-due")).ToHaveCountAsync(0);
        else
            await Expect(tyres.GetByTestId("tyres-change-due")).ToContainTextAsync($"Time for {car.DueSeason} tyres");
        await app.ScreenshotAsync("knowledge-cards-360");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task A_russian_reader_reads_the_cards_in_russian()
    {
        await CarWithDocumentsAndTyresAsync(RussianOwner, "ru");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            RussianOwner,
            "ru",
            DateTimeOffset.UtcNow,
            360
        );

        // One car: the Mini App opens its passport at once.
        await Expect(app.Page.GetByTestId("vehicle-name")).ToHaveTextAsync("Octavia");

        await Expect(app.Page.GetByTestId("documents-card")).ToContainTextAsync("Документы");
        await Expect(app.Page.GetByTestId("documents-lapsed")).ToHaveTextAsync("Полис ОСАГО истёк");
        await Expect(app.Page.GetByTestId("tyres-card")).ToContainTextAsync("Шины");
        Assert.Empty(app.Errors);
    }

    /// <summary>
    /// A lapsed OSAGO, an inspection due within a month, and a fitted set of the season that is not
    /// due today (whatever today is) beside one in storage. The same car on every call.
    /// </summary>
    private async Task<(string FittedSeason, string DueSeason)> CarWithDocumentsAndTyresAsync(
        long owner,
        string language
    )
    {
        using var scope = fixture.Host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var today = DateTime.UtcNow.Date;
        var due = TyreNudges.Due(today, null)?.Season ?? TyreSeason.Summer;
        var fitted = due == TyreSeason.Winter ? TyreSeason.Summer : TyreSeason.Winter;
        var names = (fitted.ToString(), due.ToString());
        var user = (
            await services
                .GetRequiredService<UserUseCases>()
                .EnsureAsync(new TelegramProfile(owner, "Knowledge", LanguageCode: language), false, default)
        ).Value!;
        if ((await services.GetRequiredService<VehicleReader>().OwnedAsync(user.Id, default)).Count > 0)
            return names;
        var car = (
            await services.GetRequiredService<VehicleUseCases>().AddAsync(user.Id, new VehicleDraft("Octavia"), default)
        ).Value!;
        var documents = services.GetRequiredService<DocumentUseCases>();
        Must(
            (
                await documents.AddAsync(
                    user.Id,
                    car.Id,
                    new DocumentDraft(DocumentKind.Osago, "XXX 0123454821", today.AddDays(-5)),
                    default
                )
            ).IsSuccess
        );
        Must(
            (
                await documents.AddAsync(
                    user.Id,
                    car.Id,
                    new DocumentDraft(DocumentKind.Inspection, "77 0001", today.AddDays(12)),
                    default
                )
            ).IsSuccess
        );
        var tyres = services.GetRequiredService<TyreUseCases>();
        Must(
            (
                await tyres.AddAsync(
                    user.Id,
                    car.Id,
                    new TyreDraft(fitted, "205/55 R16", false, today.AddDays(-40)),
                    default
                )
            ).IsSuccess
        );
        Must((await tyres.AddAsync(user.Id, car.Id, new TyreDraft(due, "205/55 R16", false), default)).IsSuccess);
        return names;
    }

    private static void Must(bool succeeded)
    {
        if (!succeeded)
            throw new InvalidOperationException("a seeded record was refused");
    }
}
