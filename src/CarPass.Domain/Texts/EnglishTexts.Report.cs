namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Report() =>
        new()
        {
            ["bot.command.report"] = "A verifiable report for a buyer",
            ["bot.command.links"] = "Your shared report links",
            ["error.report_link_days"] = "A report link can be shared for {0} to {1} days.",
            ["error.report_link_not_open"] = "This link is not shared any more: it was revoked or has expired.",
            // The PDF.
            ["report.title"] = "Vehicle passport report",
            ["report.id"] = "Report {0}",
            ["report.made"] = "Made on {0:d}",
            ["report.made_by"] = "Made on {0:d} by {1}",
            ["report.footer"] = "CarPass · report {0} · page {1}",
            ["report.identity"] = "Identity",
            ["report.vin"] = "VIN: {0}",
            ["report.plate"] = "Plate: {0}",
            ["report.not_given"] = "not given",
            ["report.masked"] = "VIN and plate are partly hidden at the owner's choice.",
            ["report.check_live"] =
                "Scan the code to see this passport as it is today and what changed since this report. The link works until {0:d}.",
            ["report.quality.title"] = "Passport quality",
            ["report.quality.line"] = "{0}/100 — {1}",
            ["report.quality.means.basic"] =
                "Basic: only a few facts about this car are recorded. Treat the history as incomplete.",
            ["report.quality.means.useful"] =
                "Useful: the main facts are recorded, but important parts of the history are missing.",
            ["report.quality.means.strong"] =
                "Strong: identity, mileage and service are well recorded; a few details are missing.",
            ["report.quality.means.high_confidence"] =
                "High confidence: the passport is complete and much of its history is confirmed by service centres.",
            ["report.history.title"] = "Service history",
            ["report.history.line"] = "{0}: {1} of {2} records confirmed by a service centre",
            ["report.history.disputes"] = "{0:plural:visit is|visits are} disputed by the owner and not counted.",
            ["report.verified.title"] = "Verified: recorded by a service centre, confirmed by the owner",
            ["report.verified.none"] = "No confirmed service visits yet.",
            ["report.verified.center"] = "{0} · {1}",
            ["report.verified.center_checked"] = "{0} (verified centre) · {1}",
            ["report.self.title"] = "Reported by the owner alone",
            ["report.self.note"] = "Useful, but not confirmed by anyone else: it does not count as verified history.",
            ["report.self.none"] = "No records of the owner's own.",
            ["report.date"] = "{0:d}",
            ["report.date_km"] = "{0:d} · {1:n} km",
            ["report.odometer.title"] = "Odometer",
            ["report.odometer.current"] = "Highest trusted reading: {0:n} km",
            ["report.odometer.flagged"] =
                "{0:plural:reading was|readings were} flagged as implausible (lower than before or a jump) and {0:plural:is|are} not trusted.",
            ["report.odometer.none"] = "No odometer readings yet.",
            ["report.chart.trusted"] = "Trusted reading",
            ["report.chart.owner"] = "Owner's reading",
            ["report.chart.flagged"] = "Flagged reading",
            ["report.chart.km"] = "km",
            ["report.maintenance.title"] = "Maintenance",
            ["report.maintenance.none"] = "No maintenance reminders are set.",
            ["report.consumption.title"] = "Fuel and energy",
            ["report.consumption.fuel"] = "{0} l/100 km on average over {1:plural:full-tank run|full-tank runs}.",
            ["report.consumption.electric"] = "{0} kWh/100 km on average over {1:plural:charge|charges}.",
            ["report.consumption.baseline_fuel"] = "The owner's expected consumption: {0} l/100 km.",
            ["report.consumption.baseline_electric"] = "The owner's expected consumption: {0} kWh/100 km.",
            ["report.consumption.none"] = "Not enough full-tank fills to tell the consumption.",
            ["report.ownership.title"] = "Ownership",
            ["report.ownership.count"] = "{0:plural:owner|owners} in CarPass (names are never shown).",
            ["report.ownership.period"] = "{0:d} — {1:d}",
            ["report.ownership.current"] = "{0:d} — now",
            ["report.badges.title"] = "Badges",
            ["report.badges.none"] = "No badges yet.",
            ["report.about.title"] = "About this report",
            ["report.about.body"] =
                "CarPass is a vehicle passport kept by the owner in Telegram. Every line here says who stands behind it: the owner alone, or a service centre whose work the owner confirmed. CarPass does not inspect cars; the live page behind the QR code shows the same passport today.",
            // The public page.
            ["report.page.title"] = "CarPass vehicle passport",
            ["report.page.made"] = "Report {0} was made on {1:d}. Below is the passport as it is now.",
            ["report.page.made_by"] = "Report {0} was made on {1:d} by {2}. Below is the passport as it is now.",
            ["report.page.changes"] = "Since the report",
            ["report.page.no_changes"] = "Nothing in these figures changed since the report.",
            ["report.page.change_quality"] = "Passport quality: {0} → {1}",
            ["report.page.change_visits"] = "Confirmed visits: {0} → {1}",
            ["report.page.change_odometer"] = "Highest trusted reading: {0} → {1}",
            ["report.page.until"] = "This page is shared until {0:g}.",
            ["report.page.gone_title"] = "No longer shared",
            ["report.page.gone"] =
                "This report is no longer shared. Ask the owner for a new link if you still need it.",
            ["report.page.none"] = "—",
            ["report.page.km"] = "{0:n} km",
            // The bot.
            ["bot.menu.report"] = "📄 Report for a buyer",
            ["bot.report.pick_vehicle"] = "Which car is the report for?",
            ["bot.report.no_vehicles"] = "You have no car of your own to make a report for. Add one with /add.",
            ["bot.report.identity"] =
                "Report for «{0}». Show the VIN and plate in full, or partly hidden (a buyer can still compare them with the car's papers)?",
            ["bot.report.full"] = "Show in full",
            ["bot.report.masked"] = "Partly hidden",
            ["bot.report.days"] =
                "The report carries a link to a live page of the passport. How long may it be opened?",
            ["bot.report.days_option"] = "{0:plural:day|days}",
            ["bot.report.name"] = "Show your first name on the report?",
            ["bot.report.name_yes"] = "Yes, show «{0}»",
            ["bot.report.name_no"] = "No",
            ["bot.report.making"] = "Making the report…",
            ["bot.report.sent"] =
                "📄 Report {0} for «{1}». The buyer can check it live until {2:g}: {3}\nSee or revoke your links with /links.",
            ["bot.report.caption"] = "CarPass report {0} · «{1}»",
            ["bot.links.title"] = "Your shared reports:",
            ["bot.links.line"] = "{0} · «{1}» · until {2:g} · opened {3:plural:time|times}",
            ["bot.links.none"] = "You share no reports now. Make one with /report.",
            ["bot.links.revoke"] = "🚫 Revoke {0}",
            ["bot.links.revoked"] = "Report {0} is no longer shared: its link shows nothing now.",
        };
}
