namespace CarPass.Bot.Replies;

/// <summary>A file sent as a document, with <see cref="OutgoingMessage.Html"/> as its caption.</summary>
public sealed record OutgoingDocument(string FileName, byte[] Content);
