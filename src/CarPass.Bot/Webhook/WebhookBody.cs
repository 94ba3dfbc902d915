using System.Text;
using Microsoft.AspNetCore.Http;

namespace CarPass.Bot.Webhook;

/// <summary>Reads a request body as UTF-8 text, or gives null as soon as it passes the limit (whatever Content-Length claims).</summary>
internal static class WebhookBody
{
    public static async Task<string?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
            return null;
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > maxBytes)
                return null;
            body.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
    }
}
