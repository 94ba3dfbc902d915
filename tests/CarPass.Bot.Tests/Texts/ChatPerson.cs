using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;

namespace CarPass.Bot.Tests.Texts;

/// <summary>
/// One person in the chat, speaking one language, who finds buttons by what they do (their
/// callback data), not by their words, so the same story runs in Russian and in English.
/// </summary>
public sealed class ChatPerson(BotWorld world, long id, string language)
{
    private int _seen;

    public long Id => id;

    /// <summary>The next message sent (or edited) in this person's chat.</summary>
    public async Task<SentMessage> NextAsync()
    {
        var seen = _seen;
        var message = await world.Api.WaitForAsync(sent => sent.Where(m => m.ChatId == id).Skip(seen).FirstOrDefault());
        _seen = seen + 1;
        return message;
    }

    /// <summary>The first message from now on that matches, passing over the others.</summary>
    public async Task<SentMessage> WaitForAsync(Func<SentMessage, bool> match)
    {
        var seen = _seen;
        var (index, message) = await world.Api.WaitForAsync(sent =>
            sent.Where(m => m.ChatId == id)
                .Select((m, i) => Tuple.Create(i, m))
                .Skip(seen)
                .FirstOrDefault(p => match(p.Item2))
        );
        _seen = index + 1;
        return message;
    }

    /// <summary>The first message from now on with a button whose data starts with the prefix.</summary>
    public Task<SentMessage> WaitForButtonAsync(string dataPrefix) =>
        WaitForAsync(m => m.Buttons.Any(b => b.CallbackData?.StartsWith(dataPrefix, StringComparison.Ordinal) == true));

    public async Task<SentMessage> SayAsync(string text)
    {
        world.Text(id, text, language);
        return await NextAsync();
    }

    /// <summary>Types a command and waits for the answer that has a button of this kind (notices before it pass).</summary>
    public async Task<SentMessage> AskAsync(string text, string dataPrefix)
    {
        world.Text(id, text, language);
        return await WaitForButtonAsync(dataPrefix);
    }

    /// <summary>Taps the first button whose callback data matches; returns the answer in this chat.</summary>
    public async Task<SentMessage> TapAsync(SentMessage on, Func<string, bool> data)
    {
        world.Tap(id, on, Find(on, data), language);
        return await NextAsync();
    }

    public Task<SentMessage> TapPrefixAsync(SentMessage on, string prefix) =>
        TapAsync(on, d => d.StartsWith(prefix, StringComparison.Ordinal));

    public Task<SentMessage> TapSuffixAsync(SentMessage on, string suffix) =>
        TapAsync(on, d => d.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>A wizard step's Skip.</summary>
    public Task<SentMessage> SkipAsync(SentMessage on) => TapSuffixAsync(on, ":~s");

    private static string Find(SentMessage on, Func<string, bool> data) =>
        on.Buttons.Select(b => b.CallbackData).FirstOrDefault(d => d is not null && data(d))
        ?? throw new Xunit.Sdk.XunitException(
            $"No such button in: {string.Join(" | ", on.Buttons.Select(b => $"{b.Text} [{b.CallbackData}]"))}\n{on.Text}"
        );
}
