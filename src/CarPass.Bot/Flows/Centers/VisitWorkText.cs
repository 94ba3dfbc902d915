using CarPass.Bot.Flows.Notices;
using CarPass.Data.Visits;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;

namespace CarPass.Bot.Flows.Centers;

/// <summary>
/// A visit's work as one line in the reader's language: the kinds of work by their catalogue names,
/// then the centre's own text ("Engine oil, Oil filter — wiper blades"). Unescaped, for use as an
/// argument of a text.
/// </summary>
public static class VisitWorkText
{
    public static string Of(Speaker speaker, ServiceVisit visit) => Of(speaker, visit.WorkKinds, visit.WorkItems);

    public static string Of(Speaker speaker, IEnumerable<ServiceKind> kinds, string? text)
    {
        var names = string.Join(", ", kinds.Select(k => speaker.Raw($"service_kind.{SnakeCase.Of(k)}")));
        var free = string.Join(
            ", ",
            (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        );
        return (names, free) switch
        {
            ("", _) => free,
            (_, "") => names,
            _ => $"{names} — {free}",
        };
    }
}
