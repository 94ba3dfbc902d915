using System.Security.Cryptography;
using System.Text;

namespace CarPass.Host.Jobs.Operator;

/// <summary>
/// X-Internal-Key must match Internal:ApiKey: missing is 401, wrong is 403. Both sides are hashed
/// first, so the constant-time comparison does not reveal the key's length either.
/// </summary>
internal sealed class InternalKeyGuard(string apiKey) : IEndpointFilter
{
    public const string Header = "X-Internal-Key";

    private readonly byte[] _expected = SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length == 0)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: $"Send the {Header} header."
            );
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _expected))
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: $"The {Header} does not match."
            );
        return await next(context);
    }
}
