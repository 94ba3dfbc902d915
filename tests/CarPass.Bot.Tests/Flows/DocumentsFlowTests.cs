using CarPass.Bot.Routing;
using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

/// <summary>/documents through the real bot client and the fake Bot API.</summary>
public sealed class DocumentsFlowTests : IAsyncLifetime
{
    private const long Owner = 641;
    private const long Stranger = 642;
    private static readonly string NextYear = $"31.12.{DateTime.UtcNow.Year + 1}";
    private BotWorld _world = null!;
    private Guid _car;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        _car = await _world.AddCarAsync(Owner, "Golf", 50_000);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_owner_adds_a_policy_with_a_photo_and_sees_it_masked_and_only_they_get_the_photo()
    {
        var list = await _world.SayAsync(Owner, "/documents");
        var kind = await _world.TapAsync(Owner, list, "Add a document");
        var number = await _world.TapAsync(Owner, kind, "OSAGO");
        await _world.SayAsync(Owner, "XXX 0123454821");
        var photo = await _world.SayAsync(Owner, NextYear);
        Assert.Contains("photo of the document", photo.Text);
        _world.Photo(Owner, "policy-photo", 120_000);
        var saved = await _world.NextAsync(Owner);

        Assert.Contains("Which document?", kind.Text);
        Assert.Contains("Type its number", number.Text);
        Assert.Contains("Saved: OSAGO •••• 4821", saved.Text);
        Assert.Contains($"valid until 31 Dec {DateTime.UtcNow.Year + 1}", saved.Text);
        Assert.DoesNotContain("0123454821", saved.Text);
        var row = await _world.DbAsync(db => db.VehicleDocuments.SingleAsync());
        Assert.Equal(("XXX 0123454821", "policy-photo", _car), (row.Number, row.PhotoFileId, row.VehicleId));

        var sent = await _world.TapAsync(Owner, saved, "Photo");
        Assert.Equal(("sendPhoto", "policy-photo"), (sent.Method, sent.PhotoFileId));

        await _world.SayAsync(Stranger, "/start");
        _world.Tap(Stranger, sent, $"dp:{CallbackData.Id(row.Id)}");
        var refused = await _world.NextAsync(Stranger);
        Assert.Contains("not found", refused.Text);
        Assert.Single(_world.Api.Sent, m => m.Method == "sendPhoto");
    }

    [Theory]
    [InlineData("number", "123456789012345678901234567890123", "at most 32 characters")]
    [InlineData("expires", "31.02.2027", "date like")]
    [InlineData("expires", "01.01.2099", "at most 10 years ahead")]
    public async Task A_bad_number_or_expiry_is_answered_and_nothing_is_saved(
        string step,
        string typed,
        string expected
    )
    {
        var kind = await _world.TapAsync(Owner, await _world.SayAsync(Owner, "/documents"), "Add a document");
        await _world.TapAsync(Owner, kind, "KASKO");
        var answer = step == "number" ? await _world.SayAsync(Owner, typed) : null;
        if (step == "expires")
        {
            await _world.SayAsync(Owner, "KASKO-1");
            answer = await _world.SayAsync(Owner, typed);
            if (!answer.Text.Contains(expected))
                answer = await _world.TapAsync(Owner, answer, "Skip");
        }

        Assert.Contains(expected, answer!.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.VehicleDocuments.CountAsync()));
    }

    [Fact]
    public async Task A_document_is_deleted_from_the_list_and_a_strangers_delete_changes_nothing()
    {
        var kind = await _world.TapAsync(Owner, await _world.SayAsync(Owner, "/documents"), "Add a document");
        await _world.TapAsync(Owner, kind, "Technical inspection");
        await _world.SayAsync(Owner, "0123456789");
        var photo = await _world.SayAsync(Owner, NextYear);
        var list = await _world.TapAsync(Owner, photo, "Skip");
        var id = await _world.DbAsync(db => db.VehicleDocuments.Select(d => d.Id).SingleAsync());

        await _world.SayAsync(Stranger, "/start");
        _world.Tap(Stranger, list, $"dx:{CallbackData.Id(id)}");
        var refused = await _world.NextAsync(Stranger);
        var kept = await _world.DbAsync(db => db.VehicleDocuments.CountAsync(d => d.DeletedAt == null));
        var deleted = await _world.TapAsync(Owner, list, "Technical inspection");

        Assert.Contains("not found", refused.Text);
        Assert.Equal(1, kept);
        Assert.Contains("Deleted: Technical inspection", deleted.Text);
        Assert.Contains("No documents yet", deleted.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.VehicleDocuments.CountAsync(d => d.DeletedAt == null)));
    }
}
