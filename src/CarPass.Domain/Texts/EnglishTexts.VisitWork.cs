namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> VisitWork() =>
        new()
        {
            ["bot.choose_done"] = "Done ➡️",
            ["bot.visit.ask_kinds"] =
                "What was done? Tap every kind of work that applies, then Done; anything else can be typed next.\nChosen: {0}",
            ["bot.visit.kinds_none"] = "nothing yet",
            ["bot.visit.ask_work_more"] = "Anything else done? One item per line, or Skip.",
            ["notify.button.center_did_it"] = "🏪 A service centre did it",
            ["bot.center_did.pending"] =
                "{0}: these visits wait for your confirmation. Confirm the one that did this work: its reminders start over and the work counts as verified history.",
            ["bot.center_did.confirm"] = "✅ Confirm {0}",
            ["bot.center_did.none"] =
                "{0}: ask the centre to record the visit in CarPass. In /center they find the car by its plate or VIN and ask you for access; when you confirm their visit, the reminder starts over by itself and the work counts as verified history.\n\nThe centre is not on CarPass? Log the service yourself.",
        };
}
