namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> NotificationControl() =>
        new()
        {
            ["bot.settings.quiet_hours"] =
                "Quiet hours: {0:00}:00–{1:00}:00 ({2}). Nothing is sent then; what comes up waits until {1:00}:00.",
            ["bot.settings.quiet_hours_off"] = "Quiet hours: off. Notices come at any hour.",
            ["bot.settings.change_quiet_hours"] = "🌙 Quiet hours",
            ["bot.settings.ask_quiet_hours"] =
                "When should CarPass stay silent? Choose, or send two whole hours of your time zone ({0}), for example 22-8 for 22:00 to 08:00.",
            ["bot.settings.quiet_off"] = "Off",
            ["bot.settings.quiet_hours_saved"] = "✅ Quiet hours: {0:00}:00–{1:00}:00 ({2}).",
            ["bot.settings.quiet_hours_saved_off"] = "✅ Quiet hours are off: notices come at any hour.",
            ["bot.settings.muted_title"] = "Muted service centres (no messages about their requests):",
            ["bot.settings.unmute"] = "🔔 Unmute {0}",
            ["bot.mute.button"] = "🔕 Mute this centre",
            ["bot.mute.done"] =
                "🔕 {0} is muted: you will get no more messages about its requests. They still wait for your answer: you can answer the message above, and visits stay in the Mini App timeline as awaiting. Unmute in /settings.",
            ["bot.mute.undone"] = "🔔 {0} is unmuted: its requests come as messages again.",
            ["error.center_not_muted"] = "This centre is not muted. Nothing changed.",
            ["error.quiet_hours_invalid"] =
                "Quiet hours are two different whole hours from 0 to 23, for example 22-8 (22:00 to 08:00), or Off. Nothing changed.",
        };
}
