namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> ServiceErrors() =>
        new()
        {
            ["error.invite_invalid"] =
                "This invitation link is not valid any more: it was used or has expired. Ask the manager for a new one.",
            ["error.already_employee"] = "You are already on this service centre's team.",
            ["error.manager_only"] = "Only the service centre's manager can do this.",
            ["error.employee_not_found"] = "This employee was not found.",
            ["error.cannot_disable_self"] = "You cannot disable yourself.",
            ["error.lookup_query_invalid"] = "Send a full VIN (17 characters) or a licence plate.",
            ["error.lookup_rate_limited"] = "Too many searches in the last hour. Please try again later.",
            ["error.request_not_found"] = "This request was not found.",
            ["error.request_already_decided"] = "This request has already been decided; nothing changed.",
            ["error.grant_not_found"] = "This access was not found or has already ended.",
            ["error.dispute_reason_required"] = "Please say briefly what is wrong with this visit.",
            ["error.dispute_not_found"] = "This dispute was not found.",
            ["error.dispute_already_resolved"] = "This dispute has already been resolved.",
            ["error.visit_not_cancellable"] = "Only a visit still awaiting the owner can be cancelled.",
            ["error.visit_not_hideable"] =
                "A visit awaiting your decision cannot be hidden: confirm, dispute or mark it as not yours.",
            ["error.field_not_changeable"] = "This detail cannot be proposed.",
            ["error.transfer_invalid"] = "This transfer link is not valid any more.",
            ["error.transfer_to_self"] = "You already own this vehicle.",
        };
}
