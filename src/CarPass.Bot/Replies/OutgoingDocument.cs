using CarPass.Bot.Routing;

namespace CarPass.Bot.Replies;

/// <summary>A file to send after the update's transaction commits, with its caption (HTML, ≤ 1024 characters).</summary>
public sealed record OutgoingDocument(long ChatId, string FileName, byte[] Content, HtmlText Caption);
