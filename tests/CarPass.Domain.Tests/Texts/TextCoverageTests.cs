using System.Text.RegularExpressions;
using CarPass.Domain.Achievements;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Ownership;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Texts;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Texts;

public partial class TextCoverageTests
{
    private static readonly Language[] Both = [Language.Ru, Language.En];

    [Fact]
    public void Both_languages_have_exactly_the_same_keys()
    {
        var russian = TextCatalog.Keys(Language.Ru).Order();
        var english = TextCatalog.Keys(Language.En).Order();

        Assert.Equal(english, russian);
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        foreach (var key in TextCatalog.Keys(Language.En))
        {
            Assert.True(
                Placeholders(EnglishTexts.All[key]).SetEquals(Placeholders(RussianTexts.All[key])),
                $"{key} has different placeholders"
            );
        }
    }

    [Fact]
    public void No_text_is_blank()
    {
        Assert.All(
            EnglishTexts.All.Values.Concat(RussianTexts.All.Values),
            t => Assert.False(string.IsNullOrWhiteSpace(t))
        );
    }

    [Fact]
    public void Every_key_the_library_produces_has_a_text()
    {
        var missing = ProducedKeys().Where(key => Both.Any(lang => !TextCatalog.Has(lang, key))).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_error_code_constant_is_listed()
    {
        var constants = typeof(ErrorCodes)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(), ErrorCodes.All.Order());
    }

    [Fact]
    public void Every_ownership_error_code_constant_is_listed_and_none_repeats_a_general_one()
    {
        var constants = typeof(OwnershipErrorCodes)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(), OwnershipErrorCodes.All.Order());
        Assert.Empty(OwnershipErrorCodes.All.Intersect(ErrorCodes.All));
    }

    private static IEnumerable<string> ProducedKeys()
    {
        foreach (var code in CompletenessScorer.DefaultContributors.Select(c => c.Code))
        {
            yield return $"missing.{code}.title";
            yield return $"missing.{code}.why";
            yield return $"missing.{code}.action";
        }
        foreach (var code in AchievementCatalogue.Default.Select(d => d.Code))
        {
            yield return $"achievement.{code}.title";
            yield return $"achievement.{code}.description";
        }
        foreach (var code in ErrorCodes.All.Concat(OwnershipErrorCodes.All))
        {
            yield return $"error.{code}";
        }
        foreach (
            var key in EnumKeys<ProfileQuality>("profile_quality")
                .Concat(EnumKeys<VerifiedHistoryStatus>("history_status"))
                .Concat(EnumKeys<MaintenanceStatus>("maintenance_status"))
                .Concat(EnumKeys<ReminderDue>("reminder_due"))
                .Concat(EnumKeys<TrustLevel>("trust_level"))
                .Concat(EnumKeys<ServiceKind>("service_kind"))
                .Concat(EnumKeys<FuelType>("fuel_type"))
                .Concat(EnumKeys<VisitStatus>("visit_status"))
        )
        {
            yield return key;
        }
        yield return "consistency.summary";
    }

    private static IEnumerable<string> EnumKeys<T>(string prefix)
        where T : struct, Enum => Enum.GetValues<T>().Select(v => $"{prefix}.{SnakeCase.Of(v)}");

    /// <summary>Each placeholder's index and format; a plural's words are the language's own.</summary>
    private static HashSet<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => $"{m.Groups["index"].Value}:{m.Groups["format"].Value}")];

    [GeneratedRegex(@"\{(?<index>\d+)(:(?<format>plural|[^}]*))?[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
