namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Documents() =>
        new()
        {
            ["error.document_number_required"] = "Type the document's number, please.",
            ["error.document_expiry_invalid"] =
                "The last valid day must be on or after the issue date, and at most 10 years ahead.",
            ["error.document_not_found"] = "That document was not found.",
            ["error.tyre_size_invalid"] = "Type the size as on the sidewall, e.g. 205/55 R16.",
            ["error.tyre_set_not_found"] = "That tyre set was not found.",
            ["error.first_frost_invalid"] = "A first frost date falls between August and December.",
            ["document_kind.osago"] = "OSAGO",
            ["document_kind.kasko"] = "KASKO",
            ["document_kind.inspection"] = "Technical inspection",
            ["document_kind.other"] = "Other document",
            ["document_status.valid"] = "Valid",
            ["document_status.expiring"] = "Expires soon",
            ["document_status.lapsed"] = "Expired",
            ["document_status.renewed"] = "Expired, renewed",
            ["tyre_season.summer"] = "Summer",
            ["tyre_season.winter"] = "Winter",
            ["tyre_season.all_season"] = "All-season",
            ["notify.document_expiring.title"] = "📄 {0}: a document expires soon",
            ["notify.document_expiring.action"] =
                "Renew it in time, then add the new one in /documents: the reminders stop there.",
            ["notify.document_lapsed.title"] = "⛔ {0}: a document has expired",
            ["notify.document_lapsed.action"] =
                "Driving without a valid compulsory policy is an offence. Renewed already? Add the new one in /documents.",
            ["notify.document.line"] = "• {0} — valid until {1:d}, {2:plural:day|days} left",
            ["notify.document.line_lapsed"] = "• {0} — expired after {1:d}",
            ["notify.tyre_season.title"] = "🛞 {0}: time to change tyres",
            ["notify.tyre_season.line"] = "{0} tyres are due now.",
            ["notify.tyre_season.action"] = "Once they are on, mark the set fitted in /tyres.",
            ["notify.button.documents"] = "📄 Documents",
            ["notify.button.tyres"] = "🛞 Tyres",
            ["missing.insurance_valid.title"] = "Valid OSAGO policy",
            ["missing.insurance_valid.why"] =
                "The last OSAGO policy on record has expired; driving without one is an offence.",
            ["missing.insurance_valid.action"] = "Add the renewed policy in /documents.",
            ["report.insurance.title"] = "Insurance (OSAGO)",
            ["report.insurance.valid"] = "Valid until {0:d} · policy {1}",
            ["report.insurance.lapsed"] = "Expired after {0:d} · policy {1}",
        };
}
