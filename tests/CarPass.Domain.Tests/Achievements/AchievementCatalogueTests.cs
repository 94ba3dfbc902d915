using CarPass.Domain.Achievements;

namespace CarPass.Domain.Tests.Achievements;

public class AchievementCatalogueTests
{
    [Fact]
    public void Codes_are_unique()
    {
        var codes = AchievementCatalogue.Default.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(8, codes.Count);
    }

    [Theory]
    [InlineData(AchievementCodes.FullVehicleProfile, AchievementScope.Vehicle)]
    [InlineData(AchievementCodes.FirstVerifiedService, AchievementScope.Vehicle)]
    [InlineData(AchievementCodes.VerifiedHistory, AchievementScope.Vehicle)]
    [InlineData(AchievementCodes.VinConfirmed, AchievementScope.Vehicle)]
    [InlineData(AchievementCodes.FuelLogStarted, AchievementScope.Vehicle)]
    [InlineData(AchievementCodes.MaintenanceBaseline, AchievementScope.Vehicle)]
    [InlineData(AchievementCodes.CompleteGarage, AchievementScope.User)]
    [InlineData(AchievementCodes.VerifiedServiceCenter, AchievementScope.ServiceCenter)]
    public void Each_achievement_has_its_scope_an_icon_and_a_category(string code, AchievementScope scope)
    {
        var definition = AchievementCatalogue.Default.Single(d => d.Code == code);

        Assert.Equal(scope, definition.Scope);
        Assert.False(string.IsNullOrWhiteSpace(definition.Icon));
        Assert.False(string.IsNullOrWhiteSpace(definition.Category));
        Assert.True(definition.IsActive);
    }

    [Fact]
    public void Every_criteria_key_has_a_rule_for_its_scope()
    {
        foreach (var definition in AchievementCatalogue.Default)
        {
            var known = definition.Scope switch
            {
                AchievementScope.Vehicle => AchievementRules.Vehicle.ContainsKey(definition.Criteria),
                AchievementScope.User => AchievementRules.User.ContainsKey(definition.Criteria),
                _ => AchievementRules.ServiceCenter.ContainsKey(definition.Criteria),
            };
            Assert.True(known, $"{definition.Code} uses unknown criteria {definition.Criteria}");
        }
    }
}
