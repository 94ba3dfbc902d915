namespace CarPass.Data.CenterReview;

/// <summary>
/// A notice one sender has claimed for one operator: the centres registered since their last
/// notice (at most <see cref="ReviewNotices.MaxListed"/>), how many wait in all, and how many new
/// ones did not fit and follow in the next notice.
/// </summary>
public sealed record ReviewNotice(
    Guid OperatorUserId,
    long ChatId,
    string Language,
    IReadOnlyList<WaitingCenter> Centers,
    int Waiting,
    int More,
    DateTime? PreviousSentAt,
    Guid ClaimVersion
);
