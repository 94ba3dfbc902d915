using CarPass.Domain.Documents;
using CarPass.Domain.Notifications;
using CarPass.Domain.Scoring;
using CarPass.Domain.Scoring.Contributors;
using CarPass.Domain.Texts;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Knowledge;

public sealed class DocumentNudgesTests
{
    private static readonly Guid Car = Guid.NewGuid();
    private static readonly DateTime Expiry = new(2026, 8, 1);
    private static readonly DocumentRecord Policy = new(Guid.NewGuid(), DocumentKind.Osago, Expiry);

    [Theory]
    [InlineData(31, null, 0)]
    [InlineData(30, NotificationKind.DocumentExpiring, 1)]
    [InlineData(8, NotificationKind.DocumentExpiring, 1)]
    [InlineData(7, NotificationKind.DocumentExpiring, 2)]
    [InlineData(0, NotificationKind.DocumentExpiring, 2)]
    [InlineData(-1, NotificationKind.DocumentLapsed, 1)]
    [InlineData(-30, NotificationKind.DocumentLapsed, 1)]
    [InlineData(-31, null, 0)]
    public void A_policy_is_due_for_a_nudge_30_and_7_days_ahead_and_for_a_month_after_it_lapsed(
        int daysLeft,
        NotificationKind? kind,
        int items
    )
    {
        var nudge = DocumentNudges.For(Car, [Policy], Expiry.AddDays(-daysLeft)).SingleOrDefault();

        Assert.Equal(kind, nudge?.Kind);
        Assert.Equal(items, nudge?.Items.Count ?? 0);
    }

    [Fact]
    public void A_renewal_ends_the_old_policys_nudges()
    {
        var renewal = Policy with { Id = Guid.NewGuid(), ExpiresOn = Expiry.AddYears(1) };

        Assert.Empty(DocumentNudges.For(Car, [Policy, renewal], Expiry.AddDays(2)));
    }

    [Fact]
    public void Only_a_lapsed_policy_is_critical()
    {
        Assert.True(NotificationKinds.IsCritical(NotificationKind.DocumentLapsed));
        Assert.False(NotificationKinds.IsCritical(NotificationKind.DocumentExpiring));
        Assert.False(NotificationKinds.IsCritical(NotificationKind.TyreSeason));
    }

    [Theory]
    [InlineData("XXX 0123454821", "•••• 4821")]
    [InlineData("1234", "••••")]
    [InlineData("AB 12 34 56", "•••• 3456")]
    public void A_number_shows_only_its_last_four_characters(string number, string shown) =>
        Assert.Equal(shown, DocumentNumber.Mask(number));

    [Fact]
    public void A_lapsed_osago_is_in_what_to_improve_and_changes_no_score()
    {
        var valid = VehicleSnapshot.Empty(Car);
        var lapsed = valid with { InsuranceLapsed = true };

        var before = CompletenessScorer.Score(valid);
        var after = CompletenessScorer.Score(lapsed);

        Assert.DoesNotContain(before.MissingItems, m => m.Code == ContributorCodes.InsuranceValid);
        var item = Assert.Single(after.MissingItems, m => m.Code == ContributorCodes.InsuranceValid);
        Assert.Equal(0, item.Weight);
        Assert.Equal(before.Score, after.Score);
    }

    [Fact]
    public void Every_document_error_code_is_listed_and_has_a_text_in_both_languages()
    {
        var constants = typeof(DocumentErrorCodes)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(), DocumentErrorCodes.All.Order());
        Assert.All(
            DocumentErrorCodes.All,
            code =>
                Assert.True(
                    TextCatalog.Has(Language.Ru, $"error.{code}") && TextCatalog.Has(Language.En, $"error.{code}")
                )
        );
    }

    [Fact]
    public void A_calendar_day_is_written_as_that_day_in_each_language()
    {
        var day = new CalendarDay(new DateTime(2026, 12, 31));

        // A zone west of UTC would move a moment of 00:00 UTC to the day before; a calendar day stays.
        var west = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        Assert.Equal(
            "Valid until 31 Dec 2026 · policy x",
            TextCatalog.Get(Language.En, west, "report.insurance.valid", day, "x")
        );
        Assert.Equal(
            "Действует до 31.12.2026 · полис x",
            TextCatalog.Get(Language.Ru, west, "report.insurance.valid", day, "x")
        );
    }
}
