using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// The few fields of a Bot API call the fake server answers from, read in one forward pass over the
/// JSON body (no document tree), so the server's own cost weighs little beside the bot's.
/// </summary>
public sealed record BotRequest(long? ChatId, int? MessageId, string? Text, int? Offset, int? Limit, int? Timeout)
{
    public static async Task<BotRequest> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
            return new BotRequest(
                long.TryParse(Field("chat_id"), out var chat) ? chat : null,
                int.TryParse(Field("message_id"), out var message) ? message : null,
                Field("text"),
                null,
                null,
                null
            );
        }
        var body = await request.BodyReader.ReadAsync();
        while (!body.IsCompleted)
        {
            request.BodyReader.AdvanceTo(body.Buffer.Start, body.Buffer.End);
            body = await request.BodyReader.ReadAsync();
        }
        var parsed = Parse(body.Buffer);
        request.BodyReader.AdvanceTo(body.Buffer.End);
        return parsed;
    }

    private static BotRequest Parse(ReadOnlySequence<byte> json)
    {
        var fields = new BotRequest(null, null, null, null, null, null);
        if (json.IsEmpty)
            return fields;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            fields = name switch
            {
                "chat_id" when reader.TokenType == JsonTokenType.Number => fields with { ChatId = reader.GetInt64() },
                "message_id" => fields with { MessageId = reader.GetInt32() },
                "text" => fields with { Text = reader.GetString() },
                "offset" => fields with { Offset = reader.GetInt32() },
                "limit" => fields with { Limit = reader.GetInt32() },
                "timeout" => fields with { Timeout = reader.GetInt32() },
                _ => fields,
            };
            reader.Skip();
        }
        return fields;
    }
}
