using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// Keyset paging over one source of the timeline: the newest rows strictly older than the cursor,
/// plus every row at exactly the cursor's time (ties are decided by key in memory, and are few).
/// </summary>
internal static class TimelineSlice
{
    public static async Task<List<T>> ReadAsync<T>(
        IQueryable<T> source,
        Expression<Func<T, DateTime>> at,
        TimelineCursor? cursor,
        int take,
        CancellationToken ct
    )
    {
        if (cursor is null)
            return await source.OrderByDescending(at).Take(take).ToListAsync(ct);
        var older = await source
            .Where(Compare(at, Expression.LessThan, cursor.At))
            .OrderByDescending(at)
            .Take(take)
            .ToListAsync(ct);
        var ties = await source.Where(Compare(at, Expression.Equal, cursor.At)).ToListAsync(ct);
        return [.. ties, .. older];
    }

    private static Expression<Func<T, bool>> Compare<T>(
        Expression<Func<T, DateTime>> at,
        Func<Expression, Expression, BinaryExpression> op,
        DateTime value
    )
    {
        Expression<Func<DateTime>> boundary = () => value;
        return Expression.Lambda<Func<T, bool>>(op(at.Body, boundary.Body), at.Parameters);
    }
}
