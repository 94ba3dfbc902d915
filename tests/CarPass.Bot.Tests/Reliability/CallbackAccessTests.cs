using System.Reflection;
using CarPass.Bot.Routing;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.ServiceLoop;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Access;
using CarPass.Data.Claims;
using CarPass.Data.Documents;
using CarPass.Data.Ocr;
using CarPass.Data.Ownership;
using CarPass.Data.Requests;
using CarPass.Data.Tyres;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Documents;
using CarPass.Domain.Ocr;
using CarPass.Domain.Tyres;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.Reliability;

/// <summary>
/// Every button action, tapped by a stranger with the real ids of someone else's objects: a refusal,
/// nothing leaked, nothing changed. A new action this table does not know fails the suite.
/// </summary>
public sealed class CallbackAccessTests : IAsyncLifetime
{
    private const long Stranger = 7777;
    private const string ScannedVin = "1M8GDM9AXKP042788";
    private const string OwnersVin = "JTNB11HK003079841";
    private const string Policy = "XXX 0123454821";
    private const string PolicyPhoto = "owners-policy-photo";
    private BotWorld _world = null!;
    private readonly Dictionary<string, Guid> _ids = [];

    /// <summary>Actions that carry no one else's id, with the reason.</summary>
    private static readonly Dictionary<string, string> WithoutForeignIds = new()
    {
        [CallbackData.Cancel] = "ends the tapper's own flow",
        [CallbackData.Garage] = "the tapper's own garage",
        [CallbackData.Menu] = "the main menu",
        [CallbackData.Settings] = "the tapper's own settings",
        [CallbackData.Grants] = "the tapper's own access list",
        [CallbackData.Wizard] = "answers the tapper's own conversation (outdated taps are tested elsewhere)",
        [CallbackData.AcceptTransfer] = "the code is a bearer invitation the owner chose to share",
    };

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        _ids["vehicle"] = await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
        await GrantedAccessAsync(_world);
        var ask = await RecordVisitAsync(_world, "Oil change", 50_600);
        var owner = await UserAsync(_world, Owner);
        var employee = await UserAsync(_world, Employee);
        _ids["center"] = await _world.DbAsync(db => db.ServiceCenters.Select(c => c.Id).SingleAsync());
        _ids["visit"] = await _world.DbAsync(db => db.ServiceVisits.Select(v => v.Id).SingleAsync());
        _ids["employee"] = await _world.DbAsync(db =>
            db.Employees.Where(e => e.UserId == employee.Id).Select(e => e.Id).SingleAsync()
        );
        _ids["grant"] = await _world.DbAsync(db =>
            db.VehicleAccessGrants.Where(g => g.Role == AccessRole.ServiceCenter).Select(g => g.Id).SingleAsync()
        );
        var second = (
            await _world
                .Service<VisitUseCases>()
                .CreateAsync(
                    employee.Id,
                    _ids["center"],
                    _ids["vehicle"],
                    new VisitDraft(DateTime.UtcNow.AddDays(-3), "Brakes"),
                    default
                )
        ).Value!;
        (
            await _world.Service<VisitDecisionUseCases>().DisputeAsync(owner.Id, second.Id, "not done", default)
        ).Value!.ToString();
        _ids["dispute"] = await _world.DbAsync(db => db.Disputes.Select(d => d.Id).SingleAsync());
        var policy = new DocumentDraft(
            DocumentKind.Osago,
            Policy,
            DateTime.UtcNow.Date.AddYears(1),
            PhotoFileId: PolicyPhoto
        );
        _ids["document"] = (
            await _world.Service<DocumentUseCases>().AddAsync(owner.Id, _ids["vehicle"], policy, default)
        )
            .Value!
            .Id;
        var winter = new TyreDraft(TyreSeason.Winter, "205/55 R16", true);
        _ids["tyres"] = (await _world.Service<TyreUseCases>().AddAsync(owner.Id, _ids["vehicle"], winter, default))
            .Value!
            .Id;
        _ids["change"] = (
            await _world
                .Service<ChangeRequestUseCases>()
                .ProposeAsync(
                    employee.Id,
                    _ids["center"],
                    _ids["vehicle"],
                    VehicleField.EngineOilType,
                    "5W-40",
                    ChangeSource.ServiceCenter,
                    default
                )
        )
            .Value!
            .Id;
        _ids["request"] = (
            await _world.Service<AccessUseCases>().RequestAsync(employee.Id, _ids["center"], _ids["vehicle"], default)
        )
            .Value!
            .Id;
        _ids["scan"] = (
            await _world
                .Service<OcrUseCases>()
                .RecordAsync(
                    owner.Id,
                    OcrKind.Vin,
                    null,
                    [new OcrCandidate(OcrField.Vin, ScannedVin, true, "check_digit_ok")],
                    default
                )
        )
            .Value!
            .Id;
        (
            await _world
                .Service<VehicleUseCases>()
                .UpdateAsync(owner.Id, _ids["vehicle"], new VehicleChanges(Vin: OwnersVin), default)
        ).Value!.ToString();
        _ids["transfer"] = (await _world.Service<OwnershipUseCases>().OfferAsync(owner.Id, _ids["vehicle"], default))
            .Value!
            .Transfer
            .Id;
        _ids["link"] = (
            await _world
                .Service<CarPass.Data.Reports.ShareLinkUseCases>()
                .CreateAsync(
                    owner.Id,
                    new CarPass.Data.Reports.ReportRequest(_ids["vehicle"], true, 7, true),
                    new CarPass.Data.Reports.ReportSnapshot(0, 0, null),
                    default
                )
        )
            .Value!
            .Link
            .Id;
        _ids["claim"] = (await _world.Service<ClaimUseCases>().OpenAsync(employee.Id, OwnersVin, null, default))
            .Value!
            .Claim
            .Id;
        _ = ask;
        await _world.SayAsync(Stranger, "/start");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_stranger_tapping_any_action_with_someone_elses_ids_changes_nothing_and_sees_nothing()
    {
        var before = await FingerprintAsync();
        var screen = _world.Api.Sent.Last(m => m.ChatId == Stranger);
        foreach (var (action, payload) in Payloads())
        {
            var answered = _world.Api.CountCalls("answerCallbackQuery");
            _world.Tap(Stranger, screen, payload);
            var answer = await AnswerAsync(answered);

            Assert.True(before == await FingerprintAsync(), $"'{payload}' changed something");
            foreach (
                var secret in new[]
                {
                    Plate,
                    "Camry",
                    "Oil change",
                    "Motor & Sons",
                    "5W-40",
                    ScannedVin,
                    OwnersVin,
                    "4821",
                }
            )
                Assert.False(
                    answer?.Text.Contains(secret) == true,
                    $"'{action}' showed '{secret}' to a stranger: {answer?.Text}"
                );
        }
        Assert.DoesNotContain(_world.Api.Sent, m => m.PhotoFileId == PolicyPhoto);
    }

    private IEnumerable<(string Action, string Payload)> Payloads()
    {
        var actions = typeof(CallbackData)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
        foreach (var action in actions.Where(a => !WithoutForeignIds.ContainsKey(a)))
            yield return (action, Payload(action));
    }

    private string Payload(string action)
    {
        string Id(string kind) => CallbackData.Id(_ids[kind]);
        return action switch
        {
            CallbackData.Vehicle
            or CallbackData.Passport
            or CallbackData.OfferTransfer
            or CallbackData.NewTransferLink
            or CallbackData.CenterDidIt => $"{action}:{Id("vehicle")}",
            CallbackData.CancelTransfer => $"{action}:{Id("transfer")}",
            CallbackData.OpenClaim => $"{action}:{OwnersVin}:{Id("vehicle")}",
            CallbackData.DecideClaim => $"{action}:{Id("claim")}:u",
            CallbackData.StartFlow => $"{action}:km:{Id("vehicle")}",
            CallbackData.NextAction => $"{action}:vin:{Id("vehicle")}",
            CallbackData.Center or CallbackData.Invite or CallbackData.Employees => $"{action}:{Id("center")}",
            CallbackData.Operator => $"{action}:{Id("center")}:v",
            CallbackData.RequestAccess => $"{action}:{Id("center")}:{Id("vehicle")}",
            CallbackData.EmployeeSwitch => $"{action}:{Id("employee")}:0",
            CallbackData.DecideAccess => $"{action}:{Id("request")}:30",
            CallbackData.RevokeGrant => $"{action}:{Id("grant")}",
            CallbackData.ConfirmVisit or CallbackData.NotMine or CallbackData.DisputeVisit or CallbackData.HideVisit =>
                $"{action}:{Id("visit")}",
            CallbackData.ResolveDispute => $"{action}:{Id("dispute")}:c",
            CallbackData.DecideChange => $"{action}:{Id("change")}:y",
            CallbackData.Ocr => $"{action}:s:{Id("scan")}:{Id("vehicle")}:1",
            CallbackData.Export => $"{action}:{Id("vehicle")}:z",
            CallbackData.Import => $"{action}:v:{Id("vehicle")}",
            CallbackData.Report => $"{action}:{Id("vehicle")}:f:7:y",
            CallbackData.RevokeShareLink => $"{action}:{Id("link")}",
            CallbackData.VinDecode => $"{action}:{Id("vehicle")}:JTN2010:y",
            CallbackData.Documents or CallbackData.Tyres => $"{action}:{Id("vehicle")}",
            CallbackData.DeleteDocument or CallbackData.DocumentPhoto => $"{action}:{Id("document")}",
            CallbackData.FitTyres => $"{action}:{Id("tyres")}",
            _ => throw new Xunit.Sdk.XunitException(
                $"No access test for the button action '{action}': add it to this table."
            ),
        };
    }

    /// <summary>
    /// The stranger's next message, if the tap produced one (an outdated tap only answers the callback).
    /// <paramref name="answered"/> is counted before the tap: a quick bot may answer before this starts waiting.
    /// </summary>
    private async Task<SentMessage?> AnswerAsync(int answered)
    {
        await _world.Api.WaitForAsync(_ => _world.Api.CountCalls("answerCallbackQuery") > answered ? "" : null);
        await Task.Delay(50);
        return _world.Api.Sent.LastOrDefault(m => m.ChatId == Stranger);
    }

    private Task<string> FingerprintAsync() =>
        _world.DbAsync(async db =>
            string.Join(
                "|",
                await db.VehicleAccessGrants.CountAsync(g => g.RevokedAt == null),
                await db.AccessRequests.CountAsync(r => r.Status == RequestStatus.Pending),
                string.Join(",", await db.ServiceVisits.OrderBy(v => v.CreatedAt).Select(v => v.Status).ToListAsync()),
                string.Join(",", await db.Disputes.Select(d => d.Status).ToListAsync()),
                await db.DataChangeRequests.CountAsync(r => r.Status == RequestStatus.Pending),
                await db.Employees.CountAsync(e => e.IsActive),
                await db.EmployeeInvites.CountAsync(),
                await db.OwnershipTransfers.CountAsync(t => t.CancelledAt == null && t.AcceptedAt == null),
                string.Join(",", await db.VehicleClaims.Select(c => c.Status).ToListAsync()),
                await db.Conversations.CountAsync(c => c.ChatId != Stranger),
                await db.Vehicles.Select(v => (v.EngineOilType ?? "") + (v.Vin ?? "")).SingleAsync(),
                string.Join(",", await db.OcrScans.Select(o => o.Status).ToListAsync()),
                await db.VehicleDocuments.CountAsync(d => d.DeletedAt == null),
                await db.TyreSets.CountAsync(t => t.FittedOn != null)
            )
        );
}
