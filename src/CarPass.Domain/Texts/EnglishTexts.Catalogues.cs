namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Catalogues() =>
        new()
        {
            ["service_kind.engine_oil"] = "Engine oil",
            ["service_kind.oil_filter"] = "Oil filter",
            ["service_kind.air_filter"] = "Air filter",
            ["service_kind.cabin_filter"] = "Cabin filter",
            ["service_kind.fuel_filter"] = "Fuel filter",
            ["service_kind.spark_plugs"] = "Spark plugs",
            ["service_kind.brake_pads"] = "Brake pads",
            ["service_kind.brake_fluid"] = "Brake fluid",
            ["service_kind.coolant"] = "Coolant",
            ["service_kind.transmission_fluid"] = "Transmission fluid",
            ["service_kind.timing_belt"] = "Timing belt",
            ["service_kind.tyres"] = "Tyres",
            ["service_kind.battery"] = "Battery",
            ["service_kind.inspection"] = "Inspection",
            ["service_kind.other"] = "Other service",
            ["fuel_type.petrol"] = "Petrol",
            ["fuel_type.diesel"] = "Diesel",
            ["fuel_type.lpg"] = "LPG",
            ["fuel_type.cng"] = "CNG",
            ["fuel_type.hybrid"] = "Hybrid",
            ["fuel_type.electric"] = "Electric",
            ["fuel_type.plugin_hybrid"] = "Plug-in hybrid",
            ["fuel_type.other"] = "Other",
            ["visit_status.pending_confirmation"] = "Awaiting your confirmation",
            ["visit_status.confirmed"] = "Confirmed",
            ["visit_status.rejected"] = "Rejected",
            ["visit_status.disputed"] = "Disputed",
            ["visit_status.cancelled"] = "Cancelled",
            ["visit_status.hidden"] = "Hidden",
        };
}
