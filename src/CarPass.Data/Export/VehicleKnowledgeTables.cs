using static CarPass.Data.Export.ExportTables;

namespace CarPass.Data.Export;

/// <summary>The export's files of what a car needs beyond fuel and service: charging, documents, tyres.</summary>
internal static class VehicleKnowledgeTables
{
    public static IReadOnlyList<ExportTable> All { get; } =
    [
        new(
            "charging.csv",
            "Charging sessions of electric and plug-in hybrid cars",
            "Зарядки электромобилей и подключаемых гибридов",
            [
                Id,
                Vehicle,
                C("charged_at", "When (UTC)", "Когда (UTC)"),
                C("kwh", "Energy taken, kWh", "Получено энергии, кВт·ч"),
                TotalPrice,
                Currency,
                C("soc_before", "Battery charge before, %", "Заряд батареи до, %"),
                C("soc_after", "Battery charge after, %", "Заряд батареи после, %"),
                C(
                    "place",
                    "home, public (an AC charger) or fast (a DC charger)",
                    "home — дома, public — общественная станция, fast — быстрая зарядка"
                ),
                C("odometer_km", "Odometer at the charge, km", "Пробег при зарядке, км"),
                ExportTables.Provenance,
            ],
            b =>
                b.Charging.Select(c =>
                    new object?[]
                    {
                        c.Id,
                        c.VehicleId,
                        c.ChargedAt,
                        c.Kwh,
                        c.TotalPriceMinor,
                        c.Currency,
                        c.SocBefore,
                        c.SocAfter,
                        c.Place,
                        c.OdometerKm,
                        c.Provenance,
                    }
                )
        ),
        new(
            "documents.csv",
            "Dated documents (the owner's only)",
            "Документы со сроком действия (только владельца)",
            [
                Id,
                Vehicle,
                C(
                    "kind",
                    "osago (compulsory liability policy), kasko, inspection or other",
                    "osago — ОСАГО, kasko — КАСКО, inspection — техосмотр, other — другое"
                ),
                C("number", "The document's number as entered", "Номер документа, как введён"),
                C("issued_on", "Issued on (UTC date)", "Дата выдачи (UTC)"),
                C("expires_on", "Last day it is valid (UTC date)", "Последний день действия (UTC)"),
                C(
                    "has_photo",
                    "True when a photo was kept; the photo stays in your chat with the bot",
                    "True — сохранено фото; само фото остаётся в вашем чате с ботом"
                ),
                ExportTables.Provenance,
            ],
            b =>
                b.Documents.Select(d =>
                    new object?[]
                    {
                        d.Id,
                        d.VehicleId,
                        d.Kind,
                        d.Number,
                        d.IssuedOn,
                        d.ExpiresOn,
                        d.HasPhoto,
                        d.Provenance,
                    }
                )
        ),
        new(
            "tyres.csv",
            "Tyre sets (the owner's only)",
            "Комплекты шин (только владельца)",
            [
                Id,
                Vehicle,
                C(
                    "season",
                    "summer, winter or all_season",
                    "summer — летние, winter — зимние, all_season — всесезонные"
                ),
                C("size", "Size as entered (205/55 R16)", "Размер, как введён (205/55 R16)"),
                C("studded", "True for studded winter tyres", "True — шипованные"),
                C(
                    "fitted_on",
                    "Fitted on (UTC date); empty when not on the car",
                    "Установлены (UTC); пусто — не на машине"
                ),
                C("fitted_km", "Odometer when fitted, km", "Пробег при установке, км"),
                C("removed_on", "Taken off on (UTC date)", "Сняты (UTC)"),
                ExportTables.Provenance,
            ],
            b =>
                b.Tyres.Select(t =>
                    new object?[]
                    {
                        t.Id,
                        t.VehicleId,
                        t.Season,
                        t.Size,
                        t.Studded,
                        t.FittedOn,
                        t.FittedKm,
                        t.RemovedOn,
                        t.Provenance,
                    }
                )
        ),
    ];
}
