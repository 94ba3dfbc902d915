using static CarPass.Data.Export.ExportTables;

namespace CarPass.Data.Export;

/// <summary>The export's service history: what the owner recorded, and the visits centres recorded.</summary>
internal static class ServiceTables
{
    public static IReadOnlyList<ExportTable> All { get; } =
    [
        new(
            "service.csv",
            "Service the owner recorded",
            "Обслуживание, записанное владельцем",
            [
                Id,
                Vehicle,
                C("performed_at", "When (UTC)", "Когда (UTC)"),
                C("kind", "Kind of work (oil_change, brake_pads, …)", "Вид работ (oil_change, brake_pads, …)"),
                C("odometer_km", "Odometer, km", "Пробег, км"),
                C("note", "Note", "Заметка"),
                Cost,
                Currency,
                ExportTables.Provenance,
            ],
            b =>
                b.Service.Select(s =>
                    new object?[]
                    {
                        s.Id,
                        s.VehicleId,
                        s.PerformedAt,
                        s.Kind,
                        s.OdometerKm,
                        s.Note,
                        s.CostMinor,
                        s.Currency,
                        s.Provenance,
                    }
                )
        ),
        new(
            "visits.csv",
            "Service-centre visits",
            "Визиты в сервисы",
            [
                C("id", "Visit id", "Идентификатор визита"),
                Vehicle,
                C("visit_date", "Date of the visit (UTC)", "Дата визита (UTC)"),
                C("service_center", "The centre that recorded it", "Сервис, который его записал"),
                C("odometer_km", "Odometer, km", "Пробег, км"),
                C("work_kinds", "Kinds of work, space-separated", "Виды работ через пробел"),
                C(
                    "work_items",
                    "Work as the centre wrote it, one item per line",
                    "Работы так, как их записал сервис, по одной в строке"
                ),
                C("parts", "Parts", "Запчасти"),
                Cost,
                Currency,
                C(
                    "status",
                    "pending_confirmation, confirmed, rejected, disputed or cancelled",
                    "pending_confirmation (ждёт подтверждения), confirmed, rejected, disputed или cancelled"
                ),
                C("confirmed_at", "When the owner confirmed it (UTC)", "Когда владелец подтвердил (UTC)"),
                ExportTables.Provenance,
            ],
            b =>
                b.Visits.Select(v =>
                    new object?[]
                    {
                        v.Id,
                        v.VehicleId,
                        v.VisitDate,
                        v.ServiceCenter,
                        v.OdometerKm,
                        v.WorkKinds,
                        v.WorkItems,
                        v.Parts,
                        v.CostMinor,
                        v.Currency,
                        v.Status,
                        v.ConfirmedAt,
                        v.Provenance,
                    }
                )
        ),
    ];
}
