using CarPass.Data.Passports;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Host.Api.DeepLinks;

namespace CarPass.Host.Api.Vehicles;

/// <summary>Turns the shared passport view into the API's answer, with texts in the user's language.</summary>
internal static class ScoreMapping
{
    public static ScoreResponse ToResponse(PassportView view, Texts texts, DeepLinkBuilder links)
    {
        var (vehicle, passport) = (view.Vehicle, view.Passport);
        var (completeness, history, health) = (passport.Completeness, passport.History, passport.Maintenance);
        return new ScoreResponse(
            vehicle.Id,
            vehicle.Name,
            vehicle.Make,
            vehicle.Model,
            vehicle.Year,
            completeness.Score,
            completeness.Quality,
            texts.Get(ProfileQualityLabel.Key(completeness.Quality, history.Status)),
            completeness.MissingItems.Select(m => Item(m, vehicle.Id, texts, links)).ToList(),
            view.NextActions.Select(m => Item(m, vehicle.Id, texts, links)).ToList(),
            history.Score,
            history.Status,
            texts.Of("history_status", history.Status),
            history.TrustedRecords,
            history.TotalRecords,
            Math.Round(history.TrustedRatio, 4),
            history.ConfirmedVisits,
            history.UnresolvedDisputes,
            history.RejectedVisits,
            history.CancelledVisits,
            view.PendingVisits,
            health.Score,
            health.Status,
            texts.Of("maintenance_status", health.Status),
            health.CurrentOdometerKm,
            health.EstimatedOdometerKm,
            health.BaselineIncomplete,
            health.Reminders.OrderByDescending(r => Urgency(r.Due)).Select(r => Reminder(r, texts)).ToList(),
            passport.ComputedAt,
            VinDecodingResponse.Of(vehicle.Vin, vehicle.Year, passport.ComputedAt),
            ConsumptionResponse.Of(view.Consumption)
        );
    }

    private static MissingItemResponse Item(MissingItem item, Guid vehicleId, Texts texts, DeepLinkBuilder links) =>
        new(
            item.Code,
            item.Weight,
            item.Attainable,
            texts.Get($"missing.{item.Code}.title"),
            texts.Get($"missing.{item.Code}.why"),
            texts.Get($"missing.{item.Code}.action"),
            item.Attainable ? links.FixMissingItem(item.Code, vehicleId) : null
        );

    private static ReminderResponse Reminder(ReminderState r, Texts texts) =>
        new(r.Kind, texts.Of("service_kind", r.Kind), r.Due, texts.Of("reminder_due", r.Due), r.DueDate, r.DueKm);

    /// <summary>Overdue first, then due soon, then what needs data, then what is fine.</summary>
    private static int Urgency(ReminderDue due) =>
        due switch
        {
            ReminderDue.Overdue => 3,
            ReminderDue.DueSoon => 2,
            ReminderDue.Unknown => 1,
            _ => 0,
        };
}
