using System.Globalization;
using CarPass.Bot.Conversations;
using CarPass.Bot.Routing;
using CarPass.Data.Import;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>
/// What the conversation keeps between an import's taps: the file's id and digest, the vehicle and
/// what the check promised, until <see cref="ImportLimits.PendingFor"/> has passed.
/// </summary>
public static class PendingImport
{
    private const string FileKey = "file";
    private const string DigestKey = "sha256";
    private const string VehicleKey = "vehicle";
    private const string ExpectedKey = "expected";
    private const string ExpiresKey = "expires";

    /// <summary>A file read and recognised, its vehicle not yet checked.</summary>
    public static Dictionary<string, string> Start(string fileId, string digest) =>
        new() { [FileKey] = fileId, [DigestKey] = digest };

    /// <summary>The check's promise: this many rows into this vehicle.</summary>
    public static void Checked(Dictionary<string, string> draft, Guid vehicleId, int imported)
    {
        draft[VehicleKey] = CallbackData.Id(vehicleId);
        draft[ExpectedKey] = imported.ToString(CultureInfo.InvariantCulture);
    }

    public static string FileId(ConversationState pending) => pending[FileKey]!;

    public static string? Digest(ConversationState pending) => pending[DigestKey];

    /// <summary>The checked vehicle; null while none has been checked.</summary>
    public static Guid? Vehicle(ConversationState? pending) =>
        pending?[VehicleKey] is { } id ? CallbackData.ParseId(id) : null;

    public static int Expected(ConversationState pending) =>
        int.Parse(pending[ExpectedKey]!, CultureInfo.InvariantCulture);

    public static async Task SaveAsync(
        BotContext ctx,
        Dictionary<string, string> draft,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        draft[ExpiresKey] = (nowUtc + ImportLimits.PendingFor).ToString("O", CultureInfo.InvariantCulture);
        await ctx.Conversations.SaveAsync(ctx.ChatId, new ConversationState(FlowNames.Import, 0, draft), ct);
    }

    /// <summary>The import still waiting in this state, or null when there is none or it has expired.</summary>
    public static ConversationState? Open(ConversationState? state, DateTime nowUtc) =>
        state is { Flow: FlowNames.Import } && Expires(state) > nowUtc ? state : null;

    private static DateTime Expires(ConversationState state) =>
        DateTime.TryParse(state[ExpiresKey], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : DateTime.MinValue;
}
