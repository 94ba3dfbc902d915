using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPass.Host.Api;

/// <summary>Problem answers for client mistakes: a status, a stable "error" code and a plain detail.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string error, string detail) =>
        Of(StatusCodes.Status400BadRequest, error, detail);

    public static ProblemHttpResult Of(int status, string error, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["error"] = error }
        );
}
