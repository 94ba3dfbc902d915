namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> BotDocuments() =>
        new()
        {
            ["bot.command.documents"] = "Insurance, inspection and other documents",
            ["bot.command.tyres"] = "Tyre sets and the season",
            ["bot.owned.none"] = "This is about a car you own, and your garage has none yet. Add one with /add.",
            ["bot.owned.pick"] = "Which car?",
            ["bot.docs.title"] = "📄 <b>Documents — {0}</b>",
            ["bot.docs.none"] =
                "No documents yet. Add the OSAGO policy, the inspection or another dated document: CarPass reminds you 30 and 7 days before it expires.",
            ["bot.docs.line"] = "• {0} {1} — valid until {2:d}{3}",
            ["bot.docs.line_soon"] = "• {0} {1} — valid until {2:d}{3} ⏳ {4:plural:day|days} left",
            ["bot.docs.line_lapsed"] = "• {0} {1} — ⛔ expired after {2:d}{3}",
            ["bot.docs.line_renewed"] = "• {0} {1} — expired after {2:d}, renewed{3}",
            ["bot.docs.add"] = "➕ Add a document",
            ["bot.docs.delete"] = "🗑 {0}",
            ["bot.docs.photo_button"] = "📷 Photo",
            ["bot.docs.photo_caption"] = "📷 The photo you kept with this document. Only you can see it.",
            ["bot.docs.deleted"] = "🗑 Deleted: {0}.",
            ["bot.docs.kind"] = "Which document?",
            ["bot.docs.number"] =
                "Type its number (series and number as printed). Lists show only its last four characters.",
            ["bot.docs.expires"] = "The last day it is valid? For example 31.12.2026.",
            ["bot.docs.photo"] =
                "Send a photo of the document if you like: it stays private, only you can open it here. Or skip.",
            ["bot.docs.photo_only"] = "Send it as a photo, or tap Skip.",
            ["bot.docs.saved"] = "✅ Saved: {0} {1}, valid until {2:d}.",
            ["bot.tyres.title"] = "🛞 <b>Tyres — {0}</b>",
            ["bot.tyres.none"] =
                "No tyre sets yet. Add the set on the car (and the one in storage): CarPass reminds you when the season turns.",
            ["bot.tyres.name"] = "{0} {1}",
            ["bot.tyres.name_studded"] = "{0} {1}, studded",
            ["bot.tyres.line_fitted"] = "• {0} — on the car since {1:d}",
            ["bot.tyres.line_fitted_km"] = "• {0} — on the car since {1:d}, at {2:n} km",
            ["bot.tyres.line_stored"] = "• {0} — in storage",
            ["bot.tyres.due"] = "🗓 It is the season for {0} tyres now.",
            ["bot.tyres.frost"] = "❄️ First frost expected: {0:d}.",
            ["bot.tyres.add"] = "➕ Add a set",
            ["bot.tyres.fit"] = "🔧 Fitted today: {0}",
            ["bot.tyres.frost_button"] = "❄️ First frost date",
            ["bot.tyres.fitted"] = "✅ On the car from today: {0}.",
            ["bot.tyres.season"] = "Which tyres?",
            ["bot.tyres.size"] = "The size, as on the sidewall? For example 205/55 R16.",
            ["bot.tyres.studded_question"] = "Studded?",
            ["bot.tyres.yes"] = "Yes",
            ["bot.tyres.no"] = "No",
            ["bot.tyres.fitted_on"] = "When were they fitted? Skip if the set is in storage.",
            ["bot.tyres.fitted_km"] = "The mileage then, in km? You may skip it.",
            ["bot.tyres.saved"] = "✅ Saved: {0}.",
            ["bot.tyres.frost_question"] =
                "When do you expect the first frost this autumn? For example 20.09. From that day CarPass reminds you of winter tyres, even before October.",
            ["bot.tyres.frost_saved"] = "❄️ Noted: winter tyres are due from {0:d}.",
        };
}
