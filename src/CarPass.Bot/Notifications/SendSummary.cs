using CarPass.Domain.Common;

namespace CarPass.Bot.Notifications;

/// <summary>What one drain of the outbox did, by outcome; <see cref="BotOff"/> when there is no bot token.</summary>
public sealed record SendSummary(IReadOnlyDictionary<DeliveryOutcome, int> Outcomes, bool BotOff = false)
{
    public int Sent => Outcomes.GetValueOrDefault(DeliveryOutcome.Sent);

    public override string ToString() =>
        BotOff ? "bot is off" : string.Join(", ", Outcomes.Select(o => $"{SnakeCase.Of(o.Key)} {o.Value}"));
}
