using CarPass.Data.Documents;
using CarPass.Data.Tests.Support;
using CarPass.Data.Tyres;
using CarPass.Domain.Common;
using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;

namespace CarPass.Data.Tests.Knowledge;

/// <summary>The document and tyre writes refuse bad input with a code and change nothing.</summary>
public sealed class KnowledgeWriteTests : IAsyncLifetime
{
    private static readonly DateTime NextYear = TestDatabase.Start.Date.AddYears(1);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public static TheoryData<string?, DateTime?, DateTime?, string> BadDocuments =>
        new()
        {
            { "  ", NextYear, null, DocumentErrorCodes.NumberRequired },
            { new string('7', 33), NextYear, null, ErrorCodes.ValueTooLong },
            { "XXX 0123454821", null, null, DocumentErrorCodes.ExpiryInvalid },
            { "XXX 0123454821", NextYear, NextYear.AddDays(1), ErrorCodes.DateInFuture },
            {
                "XXX 0123454821",
                TestDatabase.Start.Date.AddDays(-10),
                TestDatabase.Start.Date.AddDays(-5),
                DocumentErrorCodes.ExpiryInvalid
            },
            { "XXX 0123454821", TestDatabase.Start.Date.AddYears(11), null, DocumentErrorCodes.ExpiryInvalid },
        };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task A_bad_document_is_refused_with_its_reason_and_nothing_is_saved(
        string? number,
        DateTime? expires,
        DateTime? issued,
        string code
    )
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var before = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<DocumentUseCases>()
            .AddAsync(owner.Id, car.Id, new DocumentDraft(DocumentKind.Osago, number, expires, issued), default);

        Assert.Equal(code, outcome.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Theory]
    [InlineData("205/55")]
    [InlineData("R16")]
    [InlineData("5/55 R16")]
    [InlineData("205/55 R99")]
    public async Task A_tyre_size_that_is_not_a_sidewall_size_is_refused_and_nothing_is_saved(string size)
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var before = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<TyreUseCases>()
            .AddAsync(owner.Id, car.Id, new TyreDraft(TyreSeason.Winter, size, true), default);

        Assert.Equal(DocumentErrorCodes.TyreSizeInvalid, outcome.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task Another_users_vehicle_takes_no_document_no_tyres_and_shows_none()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (stranger, _) = await Garage.OwnerWithCarAsync(_db, 1002);
        var document = (
            await _db.Get<DocumentUseCases>()
                .AddAsync(owner.Id, car.Id, new DocumentDraft(DocumentKind.Kasko, "KASKO-778899", NextYear), default)
        ).Ok();
        var before = await _db.CountAllRowsAsync();

        var added = await _db.Get<DocumentUseCases>()
            .AddAsync(stranger.Id, car.Id, new DocumentDraft(DocumentKind.Osago, "XXX 1", NextYear), default);
        var deleted = await _db.Get<DocumentUseCases>().DeleteAsync(stranger.Id, document.Id, default);
        var tyres = await _db.Get<TyreUseCases>()
            .AddAsync(stranger.Id, car.Id, new TyreDraft(TyreSeason.Summer, "195/65 R15", false), default);

        Assert.Equal(ErrorCodes.VehicleNotFound, added.Error?.Code);
        Assert.Equal(DocumentErrorCodes.DocumentNotFound, deleted.Error?.Code);
        Assert.Equal(ErrorCodes.VehicleNotFound, tyres.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
        Assert.Null(await _db.Get<DocumentReader>().OwnedAsync(stranger.Id, car.Id, default));
        Assert.Null(await _db.Get<DocumentReader>().PhotoForOwnerAsync(stranger.Id, document.Id, default));
    }

    [Fact]
    public async Task The_owner_sees_numbers_masked_and_a_deleted_document_is_gone_with_an_audit_entry()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var uses = _db.Get<DocumentUseCases>();
        var kept = (
            await uses.AddAsync(
                owner.Id,
                car.Id,
                new DocumentDraft(DocumentKind.Osago, "XXX 0123454821", NextYear, PhotoFileId: "photo-1"),
                default
            )
        ).Ok();
        var gone = (
            await uses.AddAsync(owner.Id, car.Id, new DocumentDraft(DocumentKind.Other, "A-1", NextYear), default)
        ).Ok();

        (await _db.Get<DocumentUseCases>().DeleteAsync(owner.Id, gone.Id, default)).Ok();

        var view = Assert.Single((await _db.Get<DocumentReader>().OwnedAsync(owner.Id, car.Id, default))!.Items);
        Assert.Equal(kept.Id, view.Id);
        Assert.Equal("•••• 4821", view.MaskedNumber);
        Assert.True(view.HasPhoto);
        Assert.Equal("photo-1", await _db.Get<DocumentReader>().PhotoForOwnerAsync(owner.Id, kept.Id, default));
        var actions = await _db.ScalarAsync(c =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                c.AuditLog.Where(a => a.VehicleId == car.Id && a.Action.StartsWith("document.")).Select(a => a.Action)
            )
        );
        Assert.Equal(["document.added", "document.added", "document.deleted"], actions.Order());
        Assert.DoesNotContain(
            await _db.ScalarAsync(c =>
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                    c.AuditLog.Select(a => a.DataJson)
                )
            ),
            j => j != null && j.Contains("0123454821")
        );
    }

    [Fact]
    public async Task A_first_frost_date_outside_autumn_is_refused()
    {
        var owner = await _db.UserAsync(1001);

        var outcome = await _db.Get<TyreUseCases>().SetFirstFrostAsync(owner.Id, new DateTime(2026, 5, 1), default);

        Assert.Equal(DocumentErrorCodes.FirstFrostInvalid, outcome.Error?.Code);
        Assert.Null(await _db.Get<TyreReader>().FirstFrostAsync(owner.Id, default));
    }
}
