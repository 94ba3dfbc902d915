using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Data.CenterReview;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>
/// An operator's notice of centres to review: one new centre with its details and Verify / Reject,
/// or several numbered, each with its own pair of buttons.
/// </summary>
public static class ReviewNoticeText
{
    public static (HtmlText Html, InlineKeyboardMarkup Keyboard) Render(ReviewNotice notice)
    {
        var s = Speaker.For(notice.Language);
        if (notice is { Centers: [var only], Waiting: 1 })
            return (
                s.T("bot.center.review", Details(only), only.RegisteredBy),
                new([
                    [Decide(s.Raw("bot.center.verify"), only, "v"), Decide(s.Raw("bot.center.reject"), only, "r")],
                ])
            );
        var lines = new List<HtmlText> { Html.Bold(s.T("bot.review.title", notice.Waiting)) };
        lines.AddRange(notice.Centers.Select((c, i) => s.T("bot.review.line", i + 1, Details(c), c.RegisteredBy)));
        if (notice.More > 0)
            lines.Add(s.T("bot.review.more", notice.More));
        var rows = notice.Centers.Select(
            (c, i) =>
                new[]
                {
                    Decide(s.Raw("bot.review.verify_n", i + 1), c, "v"),
                    Decide(s.Raw("bot.review.reject_n", i + 1), c, "r"),
                }
        );
        return (TelegramLimits.FitText(Html.Lines(lines)), new InlineKeyboardMarkup(rows));
    }

    private static string Details(WaitingCenter c) =>
        string.Join(", ", new[] { c.Name, c.City, c.Address, c.Contact }.Where(p => p is not null));

    private static InlineKeyboardButton Decide(string label, WaitingCenter center, string verdict) =>
        Keyboards.Button(label, CallbackData.Operator, CallbackData.Id(center.Id), verdict);
}
