namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> WriteErrors() =>
        new()
        {
            ["error.user_not_found"] = "We could not find your profile. Send /start and try again.",
            ["error.vehicle_not_found"] = "This vehicle was not found in your garage.",
            ["error.vehicle_archived"] = "This vehicle is archived; its passport can be read but not changed.",
            ["error.vehicle_name_required"] = "Give the vehicle a name or a make.",
            ["error.value_too_long"] = "That is too long: at most {0} characters, please.",
            ["error.year_out_of_range"] = "The year must be between {0} and {1}.",
            ["error.oil_volume_out_of_range"] = "The oil volume must be between {0:n} and {1:n} litres.",
            ["error.consumption_out_of_range"] = "Consumption must be between {0:n} and {1:n} l/100 km.",
            ["error.litres_out_of_range"] = "Litres must be more than {0:n} and at most {1:n}.",
            ["error.price_out_of_range"] = "The price cannot be negative or that large.",
            ["error.kwh_out_of_range"] = "Energy must be more than {0:n} and at most {1:n} kWh.",
            ["error.soc_out_of_range"] = "The charge level must be between {0} and {1} %.",
            ["error.soc_after_below_before"] = "The charge level after charging cannot be lower than before.",
            ["error.charging_place_invalid"] = "Choose where you charged: home, public or fast.",
            ["error.date_in_future"] = "That date is in the future.",
            ["error.date_too_old"] = "That date is too far in the past.",
            ["error.interval_required"] = "Set an interval in kilometres, in months, or both.",
            ["error.interval_km_out_of_range"] = "The interval must be between {0:n} and {1:n} km.",
            ["error.interval_months_out_of_range"] = "The interval must be between {0} and {1} months.",
            ["error.time_zone_unknown"] = "That time zone is unknown. Use a name like Europe/Moscow.",
            ["error.center_name_required"] = "Enter the service centre's name.",
            ["error.center_city_required"] = "Enter the city of the service centre.",
            ["error.center_not_found"] = "This service centre was not found.",
            ["error.operator_only"] = "Only a CarPass operator can do this.",
            ["error.rejection_reason_required"] = "Please give the reason for the refusal.",
            ["error.access_days_invalid"] = "Access can be given for 1, 7 or 30 days.",
            ["error.not_an_employee"] = "You are not an active employee of this service centre.",
            ["error.work_items_required"] = "List the work that was done.",
            ["error.visit_not_found"] = "This service visit was not found.",
            ["error.visit_already_decided"] = "This visit has already been decided; nothing changed.",
        };
}
