namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Errors() =>
        new()
        {
            ["error.vin_required"] = "Enter the VIN.",
            ["error.vin_wrong_length"] = "A VIN has 17 characters; this one has {0}.",
            ["error.vin_forbidden_letters"] =
                "A VIN never contains the letters I, O or Q; they are probably the digits 1 and 0.",
            ["error.vin_invalid_chars"] = "A VIN contains only Latin letters and digits.",
            ["error.vin_check_digit"] =
                "The check digit (the 9th character) does not match. Please check the VIN for a typo.",
            ["error.plate_required"] = "Enter the licence plate.",
            ["error.plate_country_required"] =
                "This does not look like a Russian plate. Please choose the country it is registered in.",
            ["error.plate_country_invalid"] = "The country must be a two-letter code, for example RU or DE.",
            ["error.plate_invalid_ru"] =
                "A Russian plate looks like А123ВС77: a letter, three digits, two letters and a 2–3 digit region.",
            ["error.plate_invalid"] = "A plate has 2 to 10 Latin letters and digits.",
            ["error.odometer_out_of_range"] = "The mileage must be between 0 and 2,000,000 km.",
            ["error.odometer_below_trusted"] =
                "This is less than the last trusted reading ({0:n} km). Please check the number.",
            ["error.odometer_above_later"] =
                "This is more than a later trusted reading ({0:n} km). Please check the number and the date.",
            ["error.odometer_implausible_jump"] =
                "This is {1:n} km more than the last trusted reading ({0:n} km). Please check the number.",
        };
}
