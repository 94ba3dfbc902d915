using System.Text.Json;
using CarPass.Data.Timeline;
using CarPass.Domain.Achievements;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Host.Api;

namespace CarPass.Host.Tests.Api;

public sealed class ApiJsonTests
{
    public static TheoryData<Enum> ExposedValues()
    {
        var data = new TheoryData<Enum>();
        Type[] exposed =
        [
            typeof(ProfileQuality),
            typeof(VerifiedHistoryStatus),
            typeof(MaintenanceStatus),
            typeof(ReminderDue),
            typeof(ServiceKind),
            typeof(TrustLevel),
            typeof(AchievementScope),
            typeof(TimelineEntryType),
        ];
        foreach (var value in exposed.SelectMany(t => Enum.GetValues(t).Cast<Enum>()))
            data.Add(value);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExposedValues))]
    public void Enum_values_in_json_are_the_same_snake_case_codes_the_texts_are_keyed_by(Enum value)
    {
        var options = new JsonSerializerOptions();
        ApiJson.Configure(options);

        var json = JsonSerializer.Serialize(value, value.GetType(), options);

        Assert.Equal($"\"{SnakeCase.Of(value)}\"", json);
    }
}
