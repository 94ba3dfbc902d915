using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Notifications;

/// <summary>A nudge as Telegram HTML with the button that does what it asks.</summary>
public sealed record RenderedNudge(HtmlText Html, InlineKeyboardMarkup Keyboard);
