using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Claims;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Claims;

/// <summary>A claim as operators see it: both sides (to write to them), and the passport (the decision buttons are <see cref="ClaimKeyboard"/>).</summary>
public static class ClaimText
{
    public static HtmlText Render(Speaker s, ClaimForReview claim)
    {
        var car = string.Join(
            ' ',
            new[] { claim.Make, claim.Model, claim.Year?.ToString() }.Where(p => !string.IsNullOrEmpty(p))
        );
        var lines = new List<HtmlText>
        {
            Html.Bold(s.T("bot.claim.title", claim.CreatedAt)),
            s.T($"bot.claim.kind.{SnakeCase.Of(claim.Kind)}"),
        };
        if (claim.Vin is not null)
            lines.Add(s.T("bot.claim.vin", claim.Vin));
        lines.Add(s.T("bot.claim.passport", claim.VehicleName, car));
        lines.Add(s.T("bot.claim.owner", claim.Owner is null ? "—" : Party(s, claim.Owner)));
        lines.Add(s.T("bot.claim.claimant", Party(s, claim.Claimant)));
        return Html.Lines(lines);
    }

    private static string Party(Speaker s, ClaimParty party) =>
        s.Raw("bot.claim.party", party.FirstName, party.TelegramId) + (party.Username is { } u ? $" @{u}" : "");
}
