using CarPass.Domain.Texts;
using Telegram.Bot.Types;

namespace CarPass.Bot.Setup;

/// <summary>The command menu Telegram shows, in each language, described from the texts ("bot.command.{name}").</summary>
public static class BotCommands
{
    private static readonly string[] Names =
    [
        "garage",
        "passport",
        "report",
        "links",
        "add",
        "mileage",
        "fuel",
        "charge",
        "service",
        "documents",
        "tyres",
        "settings",
        "export",
        "import",
        "cancel",
    ];

    public static IEnumerable<BotCommand> In(Language language) =>
        Names.Select(c => new BotCommand { Command = c, Description = TextCatalog.Get(language, $"bot.command.{c}") });
}
