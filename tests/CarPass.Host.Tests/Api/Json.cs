using System.Net;
using System.Text.Json;

namespace CarPass.Host.Tests.Api;

/// <summary>Small helpers to read the API's answers.</summary>
public static class Json
{
    public static async Task<JsonElement> OkAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BodyAsync(response);
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a problem answer: status, problem+json, and the stable "error" code when given.</summary>
    public static async Task ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? error = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await BodyAsync(response);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        if (error is not null)
            Assert.Equal(error, body.GetProperty("error").GetString());
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
