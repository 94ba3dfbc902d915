namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> BotOcr() =>
        new()
        {
            ["bot.ocr.read"] = "📷 Read from the photo:",
            ["bot.ocr.pick"] =
                "📷 Read from the photo for {0}. Tap the right value to save it; nothing is saved until you do.",
            ["bot.ocr.checklist"] =
                "📷 Read from the photo for {0}. Tick each value that is right, then save — or tap All correct.",
            ["bot.ocr.save_selected"] = "💾 Save ticked ({0})",
            ["bot.ocr.all_correct"] = "✅ All correct",
            ["bot.ocr.another_photo"] = "📷 Another photo",
            ["bot.ocr.type_it"] = "⌨️ Type it",
            ["bot.ocr.send_another"] =
                "Send another photo: the VIN, the plate or the certificate, close up, straight and in good light.",
            ["bot.ocr.saved"] = "✅ Saved from the photo: {0}.",
            ["bot.ocr.quality"] = "Passport quality: {0} % → {1} %",
            ["bot.ocr.no_vehicle"] =
                "A photo of the VIN, the plate or the registration certificate fills in your vehicle's details. Add your vehicle first, then send the photo again.",
            ["bot.ocr.download_failed"] = "The photo could not be fetched from Telegram. Please send it again.",
            ["bot.ocr.send_again"] = "This photo could not be read just now. Please send it again.",
            ["bot.ocr.staff_vehicle_first"] = "Choose the vehicle first, then send the photo.",
            ["bot.ocr.staff_field"] =
                "Only a VIN or a plate can be read from a photo. Please type the value, or go back and choose VIN or plate.",
            ["bot.ocr.staff_pick"] =
                "📷 Read from the photo. Tap the right value: it goes to the owner as a proposed correction, and nothing changes until they approve it.",
        };
}
