using CarPass.Bot.Routing;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>Why a typed odometer cannot be kept, by the rule of the flow's write path; null when it can.</summary>
public delegate Task<DomainError?> OdometerCheck(BotContext ctx, Draft draft, int km, CancellationToken ct);
