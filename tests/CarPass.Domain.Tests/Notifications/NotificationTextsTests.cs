using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.Notifications;

public sealed class NotificationTextsTests
{
    public static TheoryData<NotificationKind> Kinds() => [.. Enum.GetValues<NotificationKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_says_what_happened_and_what_to_do_in_both_languages(NotificationKind kind)
    {
        foreach (var language in new[] { Language.Ru, Language.En })
        {
            Assert.True(TextCatalog.Has(language, $"notify.{SnakeCase.Of(kind)}.title"), $"{language} {kind} title");
            Assert.True(TextCatalog.Has(language, $"notify.{SnakeCase.Of(kind)}.action"), $"{language} {kind} action");
        }
    }
}
