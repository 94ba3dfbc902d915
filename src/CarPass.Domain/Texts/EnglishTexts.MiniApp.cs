namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    /// <summary>What the Mini App's API returns beyond the shared statuses: timeline lines and trust levels explained.</summary>
    private static Dictionary<string, string> MiniApp() =>
        new()
        {
            ["miniapp.settings.body_invalid"] = "The settings could not be read: send JSON with the fields to change.",
            ["miniapp.settings.language_invalid"] = "Language must be \"ru\" or \"en\".",
            ["miniapp.timeline.label.fuel"] = "Fuel",
            ["miniapp.timeline.label.service"] = "Service record",
            ["miniapp.timeline.label.visit"] = "Service visit",
            ["miniapp.timeline.label.visit_confirmed"] = "Confirmation",
            ["miniapp.timeline.label.dispute"] = "Dispute",
            ["miniapp.timeline.label.ocr"] = "Scan",
            ["miniapp.timeline.label.data_change"] = "Data change",
            ["miniapp.timeline.label.achievement"] = "Passport badge",
            ["miniapp.timeline.label.ownership"] = "Ownership",
            ["miniapp.timeline.ownership.title"] = "Ownership changed: the passport moved with the car",
            ["miniapp.timeline.label.odometer"] = "Odometer",
            ["miniapp.timeline.fuel.full_tank"] = "Full-tank fill-up",
            ["miniapp.timeline.fuel.partial"] = "Fill-up",
            ["miniapp.timeline.visit.title"] = "Service visit",
            ["miniapp.timeline.visit_confirmed.title"] = "Visit confirmed by the owner",
            ["miniapp.timeline.dispute.title"] = "Visit disputed",
            ["miniapp.timeline.label.dispute_resolved"] = "Dispute decision",
            ["miniapp.timeline.dispute_resolved.resolved_for_owner"] =
                "Dispute decided for the owner: the visit is rejected",
            ["miniapp.timeline.dispute_resolved.resolved_for_center"] =
                "Dispute decided for the centre: the visit stays unconfirmed until the owner confirms it",
            ["miniapp.timeline.dispute_resolved.withdrawn"] = "Dispute withdrawn",
            ["miniapp.timeline.ocr.auto"] = "Photo scan",
            ["miniapp.timeline.ocr.vin"] = "VIN scan",
            ["miniapp.timeline.ocr.plate"] = "Plate scan",
            ["miniapp.timeline.ocr.document"] = "Document scan",
            ["miniapp.timeline.data_change.title"] = "Change proposed: {0}",
            ["miniapp.timeline.odometer.title"] = "Odometer reading",
            ["miniapp.vehicle_field.vin"] = "VIN",
            ["miniapp.vehicle_field.plate"] = "licence plate",
            ["miniapp.vehicle_field.odometer"] = "mileage",
            ["miniapp.vehicle_field.make"] = "make",
            ["miniapp.vehicle_field.model"] = "model",
            ["miniapp.vehicle_field.year"] = "year",
            ["miniapp.vehicle_field.engine_oil_type"] = "engine oil type",
            ["miniapp.vehicle_field.engine_oil_volume"] = "engine oil volume",
            ["miniapp.vehicle_field.transmission_fluid"] = "transmission fluid",
            ["miniapp.vehicle_field.coolant_type"] = "coolant",
            ["miniapp.vehicle_field.brake_fluid_type"] = "brake fluid",
            ["miniapp.dispute_status.open"] = "Under review",
            ["miniapp.dispute_status.resolved_for_owner"] = "Resolved for the owner",
            ["miniapp.dispute_status.resolved_for_center"] = "Resolved for the centre",
            ["miniapp.dispute_status.withdrawn"] = "Withdrawn",
            ["miniapp.ocr_status.proposed"] = "Suggested, not applied",
            ["miniapp.ocr_status.confirmed"] = "Applied after confirmation",
            ["miniapp.ocr_status.discarded"] = "Discarded",
            ["miniapp.request_status.pending"] = "Awaiting your decision",
            ["miniapp.request_status.approved"] = "Approved",
            ["miniapp.request_status.rejected"] = "Declined",
            ["miniapp.request_status.cancelled"] = "Cancelled",
            ["miniapp.request_status.expired"] = "Expired",
            ["miniapp.odometer_status.trusted"] = "Trusted reading",
            ["miniapp.odometer_status.unconfirmed"] = "Not confirmed",
            ["miniapp.odometer_status.flagged"] = "Kept, not used for reminders",
            ["miniapp.trust_level_description.new"] =
                "New to CarPass, or its documents are not checked yet: little confirmed work so far.",
            ["miniapp.trust_level_description.verified"] =
                "Documents checked by CarPass; confirmed work is building up.",
            ["miniapp.trust_level_description.reliable"] =
                "Documents checked, a good share of visits confirmed by owners and few disputes.",
            ["miniapp.trust_level_description.high_confidence"] =
                "Consistently confirmed work over many visits, with no open disputes.",
        };
}
