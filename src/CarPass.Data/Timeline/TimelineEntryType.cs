namespace CarPass.Data.Timeline;

/// <summary>What a timeline line is about.</summary>
public enum TimelineEntryType
{
    Fuel,
    Service,
    Visit,
    VisitConfirmed,
    Dispute,
    Ocr,
    DataChange,
    Achievement,
    Odometer,
    Ownership,
    DisputeResolved,

    /// <summary>A charging session; its <see cref="TimelineEntry.Litres"/> carries the kWh added.</summary>
    Charging,
}
