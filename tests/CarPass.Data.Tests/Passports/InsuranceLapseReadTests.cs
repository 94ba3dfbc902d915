using CarPass.Data.Documents;
using CarPass.Data.Passports;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Documents;
using CarPass.Domain.Scoring;

namespace CarPass.Data.Tests.Passports;

/// <summary>A kept passport ends when the car's OSAGO policy lapses: the day turns, nothing is written.</summary>
public sealed class InsuranceLapseReadTests : IAsyncLifetime
{
    private static readonly DateTime LastValidDay = new(2026, 7, 31, 0, 0, 0, DateTimeKind.Utc);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_passport_read_after_midnight_of_the_last_valid_day_shows_the_lapsed_policy()
    {
        _db.Clock.SetUtcNow(LastValidDay.AddHours(10));
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        (
            await _db.Get<DocumentUseCases>()
                .AddAsync(
                    owner.Id,
                    car.Id,
                    new DocumentDraft(DocumentKind.Osago, "XXX 0123454821", LastValidDay),
                    default
                )
        ).Ok();
        var before = await ReadModel.ReadAsync(_db, owner.Id, car.Id);
        Assert.Same(before!.Passport, (await ReadModel.ReadAsync(_db, owner.Id, car.Id))!.Passport);
        Assert.DoesNotContain(Codes(before), c => c == ContributorCodes.InsuranceValid);

        _db.Clock.SetUtcNow(LastValidDay.AddDays(1).AddMinutes(1));
        var after = await ReadModel.ReadAsync(_db, owner.Id, car.Id);

        Assert.Contains(Codes(after!), c => c == ContributorCodes.InsuranceValid);
    }

    private static IEnumerable<string> Codes(PassportView view) =>
        view.Passport.Completeness.MissingItems.Select(m => m.Code);
}
