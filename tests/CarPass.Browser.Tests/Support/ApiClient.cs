using System.Net.Http.Headers;
using System.Text.Json;

namespace CarPass.Browser.Tests.Support;

/// <summary>Reads the API the page reads, so tests compare the page with the backend's own numbers.</summary>
public static class ApiClient
{
    public static async Task<JsonElement> GetAsync(LiveHost host, long telegramId, string path)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "tma",
            LiveHost.InitData(telegramId, "ru", DateTimeOffset.UtcNow)
        );
        var body = await client.GetStringAsync(path);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
