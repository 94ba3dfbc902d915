namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Notifications() =>
        new()
        {
            ["notify.maintenance_due_soon.title"] = "🟡 {0}: service due soon",
            ["notify.maintenance_due_soon.action"] =
                "Plan it while it is convenient. When the work is done, log it here and the reminder starts over.",
            ["notify.maintenance_overdue.title"] = "🔴 {0}: service overdue",
            ["notify.maintenance_overdue.action"] =
                "Book the service soon. Already done? Log it here, or if a service centre did it, let their visit count: the reminder starts over and the passport shows it.",
            ["notify.due.date"] = "• {0} — due {1:d}",
            ["notify.due.km"] = "• {0} — due at {1:n} km",
            ["notify.due.date_or_km"] = "• {0} — due {1:d} or at {2:n} km",
            ["notify.mileage"] = "Mileage: {0:n} km.",
            ["notify.mileage_estimated"] =
                "Mileage: about {0:n} km, estimated from your recent driving (last reading {1:n} km).",
            ["notify.visit_awaiting_confirmation.title"] = "🧾 {0}: a service visit waits for you",
            ["notify.visit_awaiting_confirmation.action"] =
                "{1} recorded work on {2:d}. Open the passport and confirm it if it was done, or dispute it: it counts as verified history only after you confirm.",
            ["notify.data_change_pending.title"] = "✏️ {0}: a change waits for your approval",
            ["notify.data_change_pending.action"] =
                "{1} proposes a new value for “{2}”. Nothing changes until you approve it; open the passport to decide.",
            ["notify.access_request_pending.title"] = "🔑 {0}: a service centre asks for access",
            ["notify.access_request_pending.action"] =
                "{1} asks to work with this vehicle's passport. Nothing is shared until you allow it; open the passport to decide.",
            ["notify.profile_milestone.title"] = "📘 {0}: the passport is {1} % complete",
            ["notify.profile_milestone.action"] = "Next step — {2}",
            ["notify.profile_milestone.complete"] = "Every item is filled in: this passport is complete.",
            ["notify.first_verified_service.title"] = "✅ {0}: first service confirmed by a verified centre",
            ["notify.first_verified_service.action"] =
                "Its history now holds trusted records. Open the passport to see how it counts.",
            ["notify.someone"] = "A service centre",
            ["notify.settings_hint"] = "You choose which reminders you get in /settings.",
            ["notify.button.log_service"] = "🛠 Log service",
            ["notify.button.passport"] = "📋 Open passport",
            ["notify.button.review"] = "📋 Review in the passport",
            ["notify.field.vin"] = "VIN",
            ["notify.field.plate"] = "Licence plate",
            ["notify.field.odometer"] = "Mileage",
            ["notify.field.make"] = "Make",
            ["notify.field.model"] = "Model",
            ["notify.field.year"] = "Year",
            ["notify.field.engine_oil_type"] = "Engine oil",
            ["notify.field.engine_oil_volume"] = "Engine oil volume",
            ["notify.field.transmission_fluid"] = "Transmission fluid",
            ["notify.field.coolant_type"] = "Coolant",
            ["notify.field.brake_fluid_type"] = "Brake fluid",
        };
}
