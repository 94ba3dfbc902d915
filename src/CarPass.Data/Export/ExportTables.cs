namespace CarPass.Data.Export;

/// <summary>
/// The export's files and columns, defined once: the CSV headers, the cells and the README inside the ZIP
/// all come from here, so a column can never be written without being described.
/// </summary>
public static class ExportTables
{
    internal static ExportColumn C(string name, string en, string ru) => new(name, en, ru);

    internal static readonly ExportColumn Vehicle = C(
        "vehicle_id",
        "The vehicle the record belongs to (see vehicles.csv)",
        "Автомобиль, к которому относится запись (см. vehicles.csv)"
    );

    internal static readonly ExportColumn Provenance = C(
        "provenance",
        "self_reported: entered or imported by the owner; service_confirmed: recorded by a service centre and confirmed by the owner; service_unconfirmed: recorded by a centre, not confirmed",
        "self_reported — внесено или импортировано владельцем; service_confirmed — записано сервисом и подтверждено владельцем; service_unconfirmed — записано сервисом, не подтверждено"
    );

    internal static readonly ExportColumn Cost = C(
        "cost_minor",
        "Cost in minor units of the currency (kopecks, cents)",
        "Стоимость в минимальных единицах валюты (копейки, центы)"
    );

    internal static readonly ExportColumn Currency = C(
        "currency",
        "ISO 4217 currency code, when one was given",
        "Код валюты ISO 4217, если указан"
    );

    internal static readonly ExportColumn TotalPrice = C(
        "total_price_minor",
        "Total paid in minor units of the currency",
        "Сумма в минимальных единицах валюты"
    );

    internal static readonly ExportColumn Id = C("id", "Record id", "Идентификатор записи");

    public static IReadOnlyList<ExportTable> All { get; } =
    [
        new(
            "vehicles.csv",
            "Your vehicles",
            "Ваши автомобили",
            [
                C("vehicle_id", "CarPass id of the vehicle", "Идентификатор автомобиля в CarPass"),
                C("name", "The name you gave it", "Название, которое вы дали"),
                C("make", "Make", "Марка"),
                C("model", "Model", "Модель"),
                C("year", "Model year", "Год выпуска"),
                C("vin", "VIN", "VIN"),
                C("plate", "Registration plate", "Госномер"),
                C("plate_country", "Country of the plate", "Страна номера"),
                C("fuel_type", "Fuel or energy", "Топливо или энергия"),
                C("current_odometer_km", "Highest trusted odometer reading, km", "Наибольший доверенный пробег, км"),
                C("state", "active or archived", "active (в гараже) или archived (в архиве)"),
                C("created_at", "When it was added (UTC)", "Когда добавлен (UTC)"),
            ],
            b =>
                b.Vehicles.Select(v =>
                    new object?[]
                    {
                        v.VehicleId,
                        v.Name,
                        v.Make,
                        v.Model,
                        v.Year,
                        v.Vin,
                        v.Plate,
                        v.PlateCountry,
                        v.FuelType,
                        v.CurrentOdometerKm,
                        v.State,
                        v.CreatedAt,
                    }
                )
        ),
        new(
            "odometer.csv",
            "Odometer readings",
            "Показания одометра",
            [
                Id,
                Vehicle,
                C("recorded_at", "When the car showed it (UTC)", "Когда автомобиль это показывал (UTC)"),
                C("value_km", "Reading, km", "Показание, км"),
                C(
                    "source",
                    "owner, service or ocr (read from a photo)",
                    "owner (владелец), service (сервис) или ocr (с фото)"
                ),
                C(
                    "trusted",
                    "True when it counts for reminders and statistics",
                    "True, если учитывается в напоминаниях и статистике"
                ),
                C(
                    "flagged",
                    "True when it jumped implausibly and the owner kept it anyway",
                    "True, если показание неправдоподобно выросло, но владелец его сохранил"
                ),
                Provenance,
            ],
            b =>
                b.Odometer.Select(r =>
                    new object?[]
                    {
                        r.Id,
                        r.VehicleId,
                        r.RecordedAt,
                        r.ValueKm,
                        r.Source,
                        r.Trusted,
                        r.Flagged,
                        r.Provenance,
                    }
                )
        ),
        new(
            "fuel.csv",
            "Fuel and charging",
            "Заправки и зарядки",
            [
                Id,
                Vehicle,
                C("filled_at", "When (UTC)", "Когда (UTC)"),
                C("litres", "Litres (or kWh)", "Литры (или кВт·ч)"),
                TotalPrice,
                Currency,
                C("odometer_km", "Odometer at the fill, km", "Пробег при заправке, км"),
                C("full_tank", "True for a fill to full", "True — заправка до полного бака"),
                C(
                    "missed_previous",
                    "True when the fill before was not logged",
                    "True — предыдущая заправка не записана"
                ),
                Provenance,
            ],
            b =>
                b.Fuel.Select(f =>
                    new object?[]
                    {
                        f.Id,
                        f.VehicleId,
                        f.FilledAt,
                        f.Litres,
                        f.TotalPriceMinor,
                        f.Currency,
                        f.OdometerKm,
                        f.FullTank,
                        f.MissedPrevious,
                        f.Provenance,
                    }
                )
        ),
        .. ServiceTables.All,
        new(
            "reminders.csv",
            "Maintenance reminders",
            "Напоминания об обслуживании",
            [
                C("id", "Reminder id", "Идентификатор напоминания"),
                Vehicle,
                C("kind", "Kind of work", "Вид работ"),
                C("interval_km", "Every so many km", "Каждые N км"),
                C("interval_months", "Every so many months", "Каждые N месяцев"),
                C("last_done_at", "Last done (UTC)", "Когда сделано в последний раз (UTC)"),
                C("last_done_km", "Odometer when last done, km", "Пробег в последний раз, км"),
                C("active", "True while the reminder is on", "True, пока напоминание включено"),
            ],
            b =>
                b.Reminders.Select(r =>
                    new object?[]
                    {
                        r.Id,
                        r.VehicleId,
                        r.Kind,
                        r.IntervalKm,
                        r.IntervalMonths,
                        r.LastDoneAt,
                        r.LastDoneKm,
                        r.Active,
                    }
                )
        ),
        new(
            "badges.csv",
            "Badges",
            "Значки",
            [
                C("code", "Badge code", "Код значка"),
                C(
                    "vehicle_id",
                    "The vehicle it was earned with; empty for a badge of the owner",
                    "Автомобиль, с которым он получен; пусто — значок владельца"
                ),
                C("unlocked_at", "When it was earned (UTC)", "Когда получен (UTC)"),
            ],
            b => b.Badges.Select(x => new object?[] { x.Code, x.VehicleId, x.UnlockedAt })
        ),
        .. VehicleKnowledgeTables.All,
    ];
}
