namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> VinDecode() =>
        new()
        {
            ["vin_decode.looks_like"] = "🔎 By the VIN, this is {0} — correct?",
            ["vin_decode.model_year"] = "🔎 By the VIN the model year is {0} — correct?",
            ["vin_decode.make_mismatch"] = "You entered {0}; the VIN says {1}.",
            ["vin_decode.year_mismatch"] = "You entered {0}; the VIN's model year is {1}.",
            ["vin_decode.replace"] = "Write what the VIN says ({0}) instead? Nothing changes unless you tap.",
            ["vin_decode.accept"] = "✅ Yes, {0}",
            ["vin_decode.replace_button"] = "✏️ Write {0}",
            ["vin_decode.skip"] = "Skip",
            ["vin_decode.keep"] = "Keep mine",
            ["vin_decode.saved"] = "✅ Saved from the VIN: {0}.",
            ["vin_decode.skipped"] = "OK, the passport keeps what you entered.",
            ["vin_decode.nothing"] = "The passport already agrees with the VIN.",
        };
}
