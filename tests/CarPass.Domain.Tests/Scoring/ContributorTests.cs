using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Scoring;

public class ContributorTests
{
    private static readonly VehicleProfile Full = SnapshotBuilder.FullProfile;

    private static SnapshotBuilder With(VehicleProfile profile) => new SnapshotBuilder().WithProfile(profile);

    public static TheoryData<string, SnapshotBuilder, bool> Cases() =>
        new()
        {
            { ContributorCodes.OwnerAccess, new SnapshotBuilder(), true },
            { ContributorCodes.OwnerAccess, new SnapshotBuilder().WithoutOwner(), false },
            { ContributorCodes.IdentityBaseline, With(Full with { Name = null }), true },
            { ContributorCodes.IdentityBaseline, With(Full with { Year = null }), false },
            { ContributorCodes.IdentityBaseline, With(Full with { Model = " " }), false },
            { ContributorCodes.Vin, With(Full), true },
            { ContributorCodes.Vin, With(Full with { Vin = "1M8GDM9A1KP042788" }), false },
            { ContributorCodes.Plate, With(Full), true },
            { ContributorCodes.Plate, With(Full with { PlateCountry = null }), false },
            { ContributorCodes.Odometer, new SnapshotBuilder().WithOdometer(1_000), true },
            { ContributorCodes.Odometer, new SnapshotBuilder().WithOdometer(1_000, trusted: false), false },
            { ContributorCodes.FuelType, With(Full), true },
            { ContributorCodes.FuelType, With(Full with { FuelType = null }), false },
            { ContributorCodes.ConsumptionBaseline, With(Full), true },
            {
                ContributorCodes.ConsumptionBaseline,
                With(Full with { ConsumptionBaselineLPer100Km = null }).WithFuel(40, 10_000).WithFuel(35, 10_500),
                true
            },
            {
                ContributorCodes.ConsumptionBaseline,
                With(Full with { ConsumptionBaselineLPer100Km = null }).WithFuel(40, 10_000),
                false
            },
            { ContributorCodes.EngineOilType, With(Full with { EngineOilType = "" }), false },
            { ContributorCodes.EngineOilVolume, With(Full with { EngineOilVolumeL = 0 }), false },
            { ContributorCodes.Fluids, With(Full), true },
            { ContributorCodes.Fluids, With(Full with { CoolantType = null }), false },
            { ContributorCodes.FuelEntry, new SnapshotBuilder().WithFuel(30, null, full: false), true },
            { ContributorCodes.FuelEntry, new SnapshotBuilder().WithFuel(30, 1_000, deleted: true), false },
            { ContributorCodes.ServiceRecord, new SnapshotBuilder().WithService(), true },
            { ContributorCodes.ServiceRecord, new SnapshotBuilder().WithService(deleted: true), false },
            { ContributorCodes.ServiceRecord, new SnapshotBuilder().WithVisit(VisitStatus.PendingConfirmation), true },
            { ContributorCodes.ServiceRecord, new SnapshotBuilder().WithVisit(VisitStatus.Disputed), true },
            { ContributorCodes.ServiceRecord, new SnapshotBuilder().WithVisit(VisitStatus.Rejected), false },
            { ContributorCodes.ServiceRecord, new SnapshotBuilder().WithVisit(VisitStatus.Cancelled), false },
            { ContributorCodes.ServiceRecord, new SnapshotBuilder().WithVisit(VisitStatus.Hidden), false },
            {
                ContributorCodes.ConfirmedVisit,
                new SnapshotBuilder().WithVisit(VisitStatus.Confirmed, centerVerified: false),
                true
            },
            {
                ContributorCodes.ConfirmedVisit,
                new SnapshotBuilder().WithVisit(VisitStatus.PendingConfirmation),
                false
            },
            { ContributorCodes.ConfirmedVisit, new SnapshotBuilder().WithVisit(VisitStatus.Disputed), false },
            { ContributorCodes.Obd, new SnapshotBuilder().WithObd(), true },
            { ContributorCodes.Obd, new SnapshotBuilder(), false },
        };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_contributor_recognises_its_evidence(string code, SnapshotBuilder vehicle, bool expected)
    {
        var contributor = CompletenessScorer.DefaultContributors.Single(c => c.Code == code);

        Assert.Equal(expected, contributor.IsSatisfied(vehicle.Build()));
    }
}
