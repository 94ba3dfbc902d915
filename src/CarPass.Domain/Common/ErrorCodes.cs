namespace CarPass.Domain.Common;

/// <summary>Every <see cref="DomainError"/> code this library produces; texts live under "error.{code}".</summary>
public static class ErrorCodes
{
    public const string VinRequired = "vin_required";
    public const string VinWrongLength = "vin_wrong_length";
    public const string VinForbiddenLetters = "vin_forbidden_letters";
    public const string VinInvalidChars = "vin_invalid_chars";
    public const string VinCheckDigit = "vin_check_digit";

    public const string PlateRequired = "plate_required";
    public const string PlateCountryRequired = "plate_country_required";
    public const string PlateCountryInvalid = "plate_country_invalid";
    public const string PlateInvalidRu = "plate_invalid_ru";
    public const string PlateInvalid = "plate_invalid";

    public const string OdometerOutOfRange = "odometer_out_of_range";
    public const string OdometerBelowTrusted = "odometer_below_trusted";
    public const string OdometerAboveLater = "odometer_above_later";
    public const string OdometerImplausibleJump = "odometer_implausible_jump";

    // The write path: what a use case refuses before changing anything.
    public const string UserNotFound = "user_not_found";
    public const string VehicleNotFound = "vehicle_not_found";
    public const string VehicleArchived = "vehicle_archived";
    public const string VehicleNameRequired = "vehicle_name_required";
    public const string ValueTooLong = "value_too_long";
    public const string YearOutOfRange = "year_out_of_range";
    public const string OilVolumeOutOfRange = "oil_volume_out_of_range";
    public const string ConsumptionOutOfRange = "consumption_out_of_range";
    public const string LitresOutOfRange = "litres_out_of_range";
    public const string PriceOutOfRange = "price_out_of_range";
    public const string KwhOutOfRange = "kwh_out_of_range";
    public const string SocOutOfRange = "soc_out_of_range";
    public const string SocAfterBelowBefore = "soc_after_below_before";
    public const string ChargingPlaceInvalid = "charging_place_invalid";
    public const string DateInFuture = "date_in_future";
    public const string DateTooOld = "date_too_old";
    public const string IntervalRequired = "interval_required";
    public const string IntervalKmOutOfRange = "interval_km_out_of_range";
    public const string IntervalMonthsOutOfRange = "interval_months_out_of_range";
    public const string TimeZoneUnknown = "time_zone_unknown";
    public const string QuietHoursInvalid = "quiet_hours_invalid";
    public const string CenterNameRequired = "center_name_required";
    public const string CenterCityRequired = "center_city_required";
    public const string CenterNotFound = "center_not_found";
    public const string CenterNotMuted = "center_not_muted";
    public const string OperatorOnly = "operator_only";
    public const string RejectionReasonRequired = "rejection_reason_required";
    public const string AccessDaysInvalid = "access_days_invalid";
    public const string NotAnEmployee = "not_an_employee";
    public const string WorkItemsRequired = "work_items_required";
    public const string VisitNotFound = "visit_not_found";
    public const string VisitAlreadyDecided = "visit_already_decided";

    // The service loop.
    public const string InviteInvalid = "invite_invalid";
    public const string AlreadyEmployee = "already_employee";
    public const string ManagerOnly = "manager_only";
    public const string EmployeeNotFound = "employee_not_found";
    public const string CannotDisableSelf = "cannot_disable_self";
    public const string LookupQueryInvalid = "lookup_query_invalid";
    public const string LookupRateLimited = "lookup_rate_limited";
    public const string RequestNotFound = "request_not_found";
    public const string RequestAlreadyDecided = "request_already_decided";
    public const string GrantNotFound = "grant_not_found";
    public const string DisputeReasonRequired = "dispute_reason_required";
    public const string DisputeNotFound = "dispute_not_found";
    public const string DisputeAlreadyResolved = "dispute_already_resolved";
    public const string VisitNotCancellable = "visit_not_cancellable";
    public const string VisitNotHideable = "visit_not_hideable";
    public const string FieldNotChangeable = "field_not_changeable";
    public const string TransferInvalid = "transfer_invalid";
    public const string TransferToSelf = "transfer_to_self";

    public static IReadOnlyList<string> All { get; } =
    [
        VinRequired,
        VinWrongLength,
        VinForbiddenLetters,
        VinInvalidChars,
        VinCheckDigit,
        PlateRequired,
        PlateCountryRequired,
        PlateCountryInvalid,
        PlateInvalidRu,
        PlateInvalid,
        OdometerOutOfRange,
        OdometerBelowTrusted,
        OdometerAboveLater,
        OdometerImplausibleJump,
        UserNotFound,
        VehicleNotFound,
        VehicleArchived,
        VehicleNameRequired,
        ValueTooLong,
        YearOutOfRange,
        OilVolumeOutOfRange,
        ConsumptionOutOfRange,
        LitresOutOfRange,
        PriceOutOfRange,
        KwhOutOfRange,
        SocOutOfRange,
        SocAfterBelowBefore,
        ChargingPlaceInvalid,
        DateInFuture,
        DateTooOld,
        IntervalRequired,
        IntervalKmOutOfRange,
        IntervalMonthsOutOfRange,
        TimeZoneUnknown,
        QuietHoursInvalid,
        CenterNameRequired,
        CenterCityRequired,
        CenterNotFound,
        CenterNotMuted,
        OperatorOnly,
        RejectionReasonRequired,
        AccessDaysInvalid,
        NotAnEmployee,
        WorkItemsRequired,
        VisitNotFound,
        VisitAlreadyDecided,
        InviteInvalid,
        AlreadyEmployee,
        ManagerOnly,
        EmployeeNotFound,
        CannotDisableSelf,
        LookupQueryInvalid,
        LookupRateLimited,
        RequestNotFound,
        RequestAlreadyDecided,
        GrantNotFound,
        DisputeReasonRequired,
        DisputeNotFound,
        DisputeAlreadyResolved,
        VisitNotCancellable,
        VisitNotHideable,
        FieldNotChangeable,
        TransferInvalid,
        TransferToSelf,
    ];
}
