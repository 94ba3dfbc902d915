using System.Security.Cryptography;
using System.Text;

namespace CarPass.Host.Api.Internal;

/// <summary>
/// Guards the internal endpoints with the X-Internal-Key header: missing is 401, wrong is 403.
/// Both sides are hashed first, so the constant-time comparison does not even reveal the key's length.
/// </summary>
internal sealed class InternalKeyFilter(string apiKey) : IEndpointFilter
{
    public const string Header = "X-Internal-Key";

    private readonly byte[] _expected = SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length == 0)
            return Problems.Of(StatusCodes.Status401Unauthorized, "internal_key_missing", $"Send the {Header} header.");
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _expected))
            return Problems.Of(StatusCodes.Status403Forbidden, "internal_key_wrong", $"The {Header} does not match.");
        return await next(context);
    }
}
