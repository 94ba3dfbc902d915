using CarPass.Bot.Routing;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// What owners send, round after round: log mileage, log a fill-up (typed litres, price and odometer,
/// then the "full tank" button), open the passport, tap its button, tap the garage. Owners take turns,
/// so every batch the loop fetches holds many chats, and they are at different steps of their round
/// (owner n starts n mod 10 steps later), so any stretch of the script mixes every kind of update
/// as real traffic does, instead of fifty saves in a row followed by fifty passports.
/// </summary>
public static class OwnerScript
{
    public const int UpdatesPerRound = 10;
    public const long FirstOwner = 700_000_000;

    /// <summary>
    /// Rounds <paramref name="firstRound"/> onwards: update ids and odometer values follow from the
    /// round, so later scripts continue where earlier ones stopped (new ids, higher mileage).
    /// </summary>
    public static List<Update> Build(IReadOnlyList<Guid> vehicles, int firstRound, int rounds)
    {
        var sequences = vehicles
            .Select(
                (vehicle, owner) =>
                    Enumerable
                        .Range(firstRound, rounds)
                        .SelectMany(round => Round(FirstOwner + owner, vehicle, 10_000 + (round + 1) * 100))
                        .ToList()
            )
            .ToList();
        var updates = new List<Update>();
        var nextId = firstRound * vehicles.Count * UpdatesPerRound + 1;
        var length = rounds * UpdatesPerRound;
        for (var tick = 0; tick < length + UpdatesPerRound; tick++)
        for (var owner = 0; owner < sequences.Count; owner++)
        {
            var position = tick - owner % UpdatesPerRound;
            if (position < 0 || position >= length)
                continue;
            var update = sequences[owner][position];
            update.Id = nextId++;
            updates.Add(update);
        }
        return updates;
    }

    private static List<Update> Round(long owner, Guid vehicle, int km) =>
        [
            Text(owner, "/mileage"),
            Text(owner, km.ToString()),
            Text(owner, "/fuel"),
            Text(owner, "42.5"),
            Text(owner, "3500"),
            Text(owner, (km + 5).ToString()),
            Tap(owner, CallbackData.Build(CallbackData.Wizard, "fuel", "4", "full")),
            Text(owner, "/passport"),
            Tap(owner, CallbackData.Build(CallbackData.Passport, CallbackData.Id(vehicle))),
            Tap(owner, CallbackData.Build(CallbackData.Garage)),
        ];

    private static Update Text(long owner, string text) =>
        new()
        {
            Message = new Message
            {
                Id = 1,
                Date = DateTime.UtcNow,
                Chat = new Chat { Id = owner, Type = ChatType.Private },
                From = Person(owner),
                Text = text,
            },
        };

    private static Update Tap(long owner, string data) =>
        new()
        {
            CallbackQuery = new CallbackQuery
            {
                Id = Guid.NewGuid().ToString("N"),
                From = Person(owner),
                ChatInstance = "bench",
                Data = data,
                Message = new Message
                {
                    Id = 5000,
                    Date = DateTime.UtcNow,
                    Chat = new Chat { Id = owner, Type = ChatType.Private },
                },
            },
        };

    private static User Person(long owner) =>
        new()
        {
            Id = owner,
            FirstName = $"Owner{owner}",
            LanguageCode = "en",
        };
}
