namespace CarPass.Bot.Tests.Fake;

/// <summary>A file the bot sent through the fake Bot API, with its caption.</summary>
public sealed record SentDocument(long ChatId, string FileName, byte[] Content, string Caption);
