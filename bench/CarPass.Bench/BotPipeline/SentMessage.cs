namespace CarPass.Bench.BotPipeline;

/// <summary>One sendMessage as the fake Bot API received it; the arrival is a Stopwatch timestamp.</summary>
public sealed record SentMessage(long ArrivedAt, long ChatId, string Text);
