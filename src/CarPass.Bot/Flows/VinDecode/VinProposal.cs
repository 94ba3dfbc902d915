using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.VinDecode;

/// <summary>
/// What a vehicle's VIN proposes for its make and year, as a question with one tap to accept and
/// one to skip. A make or year the owner typed that the VIN contradicts is shown, never replaced
/// without the tap.
/// </summary>
public sealed class VinProposal(TimeProvider clock)
{
    public const string Accept = "y";
    public const string Skip = "n";

    /// <summary>The question to ask after this vehicle's VIN was saved; null when the VIN adds or corrects nothing.</summary>
    public FollowUp? For(BotContext ctx, Vehicle vehicle)
    {
        if (Suggest(vehicle) is not { } suggestion)
            return null;
        var summary = Summary(suggestion);
        var html = suggestion.IsMismatch
            ? Html.Of($"{Conflicts(ctx, suggestion)}\n{ctx.T("vin_decode.replace", summary)}")
            : ctx.T(suggestion.Make is null ? "vin_decode.model_year" : "vin_decode.looks_like", summary);
        var accept = ctx.Raw(suggestion.IsMismatch ? "vin_decode.replace_button" : "vin_decode.accept", summary);
        var skip = ctx.Raw(suggestion.IsMismatch ? "vin_decode.keep" : "vin_decode.skip");
        var id = CallbackData.Id(vehicle.Id);
        var stamp = Stamp(vehicle, suggestion);
        return new FollowUp(
            html,
            new InlineKeyboardMarkup([
                [
                    Keyboards.Button(accept, CallbackData.VinDecode, id, stamp, Accept),
                    Keyboards.Button(skip, CallbackData.VinDecode, id, stamp, Skip),
                ],
            ])
        );
    }

    /// <summary>What the VIN proposes now for the vehicle as it is now.</summary>
    public VinSuggestion? Suggest(Vehicle vehicle) =>
        vehicle.Vin is { Length: Vin.Length } vin
            ? VinSuggestion.For(
                VinDecoding.Decode(vin, vehicle.Year, clock.GetUtcNow().UtcDateTime),
                vehicle.Make,
                vehicle.Year
            )
            : null;

    /// <summary>
    /// Names the proposal a button was made for, so a tap after the VIN, make or year changed
    /// cannot write something the owner was not shown.
    /// </summary>
    public static string Stamp(Vehicle vehicle, VinSuggestion suggestion) =>
        $"{(suggestion.Make is null ? "-" : vehicle.Vin![..3])}{suggestion.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";

    /// <summary>"Toyota, 2019", "Toyota" or "2019".</summary>
    public static string Summary(VinSuggestion suggestion) =>
        string.Join(
            ", ",
            new[]
            {
                suggestion.Make,
                suggestion.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }.OfType<string>()
        );

    private static HtmlText Conflicts(BotContext ctx, VinSuggestion s)
    {
        var lines = new List<HtmlText>();
        if (s.TypedMake is { } make)
            lines.Add(ctx.T("vin_decode.make_mismatch", make, s.Make!));
        if (s.TypedYear is { } year)
            lines.Add(ctx.T("vin_decode.year_mismatch", year, s.Year!.Value));
        return Html.Join("\n", lines);
    }
}
