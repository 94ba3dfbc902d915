using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>A second message after a result: a question the result raises, sent below it as a new message.</summary>
public sealed record FollowUp(HtmlText Html, InlineKeyboardMarkup Keyboard);
