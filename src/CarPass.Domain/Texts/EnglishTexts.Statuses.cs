namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Statuses() =>
        new()
        {
            ["profile_quality.basic"] = "Basic profile",
            ["profile_quality.useful"] = "Useful ownership profile",
            ["profile_quality.strong"] = "Strong maintenance profile",
            ["profile_quality.high_confidence"] = "High-confidence vehicle passport",
            ["profile_quality.detailed"] = "Detailed profile, no confirmed service yet",
            ["history_status.self_reported"] = "Self-reported",
            ["history_status.partially_verified"] = "Partially verified",
            ["history_status.verified"] = "Verified maintenance history",
            ["maintenance_status.green"] = "Up to date",
            ["maintenance_status.yellow"] = "Attention needed",
            ["maintenance_status.red"] = "Service overdue",
            ["reminder_due.unknown"] = "Needs data",
            ["reminder_due.ok"] = "Not due yet",
            ["reminder_due.due_soon"] = "Due soon",
            ["reminder_due.overdue"] = "Overdue",
            ["trust_level.new"] = "Trust: too few visits yet",
            ["trust_level.verified"] = "Verified service",
            ["trust_level.reliable"] = "Reliable service",
            ["trust_level.high_confidence"] = "High-confidence service",
            ["consistency.summary"] = "Records in {0} of the last {1} months",
        };
}
