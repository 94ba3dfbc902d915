namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> CenterLimits() =>
        new()
        {
            ["error.lookup_budget_used"] =
                "A service centre not yet verified by CarPass may search {0:plural:vehicle|vehicles} in 24 hours, and they are used up. Verification lifts this limit.",
            ["error.access_request_open"] =
                "Your centre has already asked for access to this vehicle and the owner has not answered yet. Nothing changed.",
            ["error.access_request_cooling_down"] =
                "The owner declined your centre's request recently. You can ask again from {0:d}. Nothing changed.",
            ["error.center_registrations_awaiting_review"] =
                "You already have {0:plural:service centre|service centres} awaiting review. Once CarPass has reviewed them you can register more.",
            ["bot.access.owner_unverified"] =
                "⚠️ This centre is not verified by CarPass yet. Allow access only if you know it.",
            ["bot.review.title"] = "Service centres waiting for review: {0}. New since your last notice:",
            ["bot.review.line"] = "{0}. {1} — registered by {2}",
            ["bot.review.more"] = "…and {0} more in the next notice.",
            ["bot.review.verify_n"] = "✅ Verify {0}",
            ["bot.review.reject_n"] = "Reject {0}",
        };
}
