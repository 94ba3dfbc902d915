using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Common;

public class SnakeCaseTests
{
    public static TheoryData<Enum, string> EnumCases() =>
        new()
        {
            { TrustLevel.HighConfidence, "high_confidence" },
            { VisitStatus.PendingConfirmation, "pending_confirmation" },
            { VerifiedHistoryStatus.SelfReported, "self_reported" },
            { ReminderDue.DueSoon, "due_soon" },
            { ServiceKind.EngineOil, "engine_oil" },
            { FuelType.Lpg, "lpg" },
            { MaintenanceStatus.Red, "red" },
        };

    [Theory]
    [MemberData(nameof(EnumCases))]
    public void Enum_names_become_snake_case(Enum value, string expected)
    {
        Assert.Equal(expected, SnakeCase.Of(value));
    }

    [Theory]
    [InlineData("ObdURLCheck", "obd_url_check")]
    [InlineData("Euro6Fuel", "euro6_fuel")]
    [InlineData("Vin", "vin")]
    public void Acronyms_and_digits_stay_inside_their_word(string name, string expected)
    {
        Assert.Equal(expected, SnakeCase.Of(name));
    }
}
