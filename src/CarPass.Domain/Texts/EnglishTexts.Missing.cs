namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> MissingItems() =>
        new()
        {
            ["missing.owner_access.title"] = "Owner access",
            ["missing.owner_access.why"] = "Only a confirmed owner can approve changes and confirm service visits.",
            ["missing.owner_access.action"] = "Link the vehicle to your account as its owner.",
            ["missing.identity_baseline.title"] = "Make, model and year",
            ["missing.identity_baseline.why"] =
                "The basic identity lets reminders and service centres match the right specifications.",
            ["missing.identity_baseline.action"] = "Add the make, model and year of manufacture.",
            ["missing.vin.title"] = "VIN",
            ["missing.vin.why"] = "The VIN is the most reliable way to identify the vehicle.",
            ["missing.vin.action"] = "Add the VIN: type it or send a photo of the VIN plate.",
            ["missing.plate.title"] = "Licence plate",
            ["missing.plate.why"] =
                "A plate with its country lets a service centre find the vehicle once you grant access.",
            ["missing.plate.action"] = "Add the plate number and the country it is registered in.",
            ["missing.odometer.title"] = "Current mileage",
            ["missing.odometer.why"] = "Mileage-based maintenance reminders need a current odometer reading.",
            ["missing.odometer.action"] = "Send the current odometer reading.",
            ["missing.fuel_type.title"] = "Fuel type",
            ["missing.fuel_type.why"] = "The fuel type decides which maintenance items and consumption figures apply.",
            ["missing.fuel_type.action"] = "Choose the fuel type.",
            ["missing.consumption_baseline.title"] = "Fuel consumption",
            ["missing.consumption_baseline.why"] = "A consumption baseline makes a change in fuel use easy to notice.",
            ["missing.consumption_baseline.action"] =
                "Log two full-tank fills with the odometer reading, or enter your usual consumption.",
            ["missing.engine_oil_type.title"] = "Engine oil type",
            ["missing.engine_oil_type.why"] = "The exact oil specification prevents mistakes at the next oil change.",
            ["missing.engine_oil_type.action"] = "Add the engine oil specification, for example 5W-30.",
            ["missing.engine_oil_volume.title"] = "Engine oil volume",
            ["missing.engine_oil_volume.why"] = "Knowing the oil capacity helps plan and check an oil change.",
            ["missing.engine_oil_volume.action"] = "Add the engine oil capacity in litres.",
            ["missing.fluids.title"] = "Transmission, coolant and brake fluids",
            ["missing.fluids.why"] = "Fluid specifications let any service centre use the correct products.",
            ["missing.fluids.action"] = "Add the transmission fluid, coolant and brake fluid types.",
            ["missing.fuel_entry.title"] = "Fuel log",
            ["missing.fuel_entry.why"] =
                "Fuel entries show how the vehicle is used and track mileage between services.",
            ["missing.fuel_entry.action"] = "Log your next fill-up, ideally a full tank with the odometer reading.",
            ["missing.service_record.title"] = "Service history",
            ["missing.service_record.why"] = "Even one service record starts the vehicle's maintenance history.",
            ["missing.service_record.action"] =
                "Add the last service you remember, or ask your service centre to record the visit.",
            ["missing.confirmed_visit.title"] = "Confirmed service visit",
            ["missing.confirmed_visit.why"] =
                "A visit recorded by a service centre and confirmed by you is the strongest evidence at resale.",
            ["missing.confirmed_visit.action"] =
                "At your next service, ask the centre to record the visit in CarPass, then confirm it.",
            ["missing.obd.title"] = "OBD connection",
            ["missing.obd.why"] = "An OBD adapter will report mileage and vehicle health automatically.",
            ["missing.obd.action"] = "Nothing to do yet: OBD connection arrives in a later version.",
        };
}
