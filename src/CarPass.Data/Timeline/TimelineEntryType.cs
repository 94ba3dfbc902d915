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
}
