namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Ocr() =>
        new()
        {
            ["error.ocr_image_too_large"] = "That file is too large: at most {0} MB, please.",
            ["error.ocr_not_an_image"] =
                "That is not a picture. Send a photo of the VIN, the plate or the certificate.",
            ["error.ocr_format_unsupported"] = "This picture format cannot be read. Send it as a photo (JPEG or PNG).",
            ["error.ocr_image_corrupt"] = "This picture is damaged and cannot be opened. Please take another photo.",
            ["error.ocr_dimensions_too_large"] = "This picture is too big to read. Send it as a photo, not as a file.",
            ["error.ocr_image_too_complex"] =
                "This picture is saved in an unusual way and cannot be read. Please send an ordinary photo.",
            ["error.ocr_image_too_small"] = "This picture is too small to read. Please take a closer photo.",
            ["error.ocr_image_blank"] = "This picture looks empty. Please take a photo of the text.",
            ["error.ocr_engine_unavailable"] =
                "Text recognition is not available right now. Please type the value instead.",
            ["error.ocr_nothing_found"] =
                "No VIN or plate was found in this photo. Try another photo, closer and straight, or type it.",
            ["error.ocr_rate_limited"] =
                "That was a lot of photos. Please try again in {0:plural:minute|minutes}, or type the value.",
            ["error.ocr_scan_not_found"] = "This scan was not found.",
            ["error.ocr_scan_already_decided"] = "This scan has already been confirmed or dismissed; nothing changed.",
            ["error.ocr_choice_unknown"] = "That value was not among the ones read from the photo.",
            ["ocr_field.vin"] = "VIN",
            ["ocr_field.plate"] = "Plate",
            ["ocr_field.make_model"] = "Make and model",
            ["ocr_field.year"] = "Year",
            ["ocr_field.colour"] = "Colour",
        };
}
