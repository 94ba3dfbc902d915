using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Lookup;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Centers;

/// <summary>How centres and vehicles are named across the service loop: trust in words, vehicles masked.</summary>
public static class CenterText
{
    public static HtmlText Label(Speaker speaker, CenterCard center) =>
        Html.Of(
            $"{Html.Bold(Html.Escape(center.Name))}, {center.City} · {speaker.T($"trust_level.{SnakeCase.Of(center.Trust.Level)}")}"
        );

    /// <summary>Make, model, year and masked identifiers — what staff may know of a car — for a message line.</summary>
    public static HtmlText Masked(MaskedVehicle v) => Html.Escape(MaskedPlain(v));

    /// <summary>The same as plain text: for a button label or an argument of a text (which escapes its arguments).</summary>
    public static string MaskedPlain(MaskedVehicle v) =>
        string.Join(
            " · ",
            new[] { $"{v.Make} {v.Model} {v.Year}".Trim(), v.MaskedVin, v.MaskedPlate }.Where(p =>
                !string.IsNullOrWhiteSpace(p)
            )
        );
}
