using System.Reflection;
using CarPass.Domain.Texts;

namespace CarPass.Host.Auth;

/// <summary>
/// The CarPass user behind a validated initData. Endpoints take it as a parameter; its id comes only
/// from the signed initData, never from a body or a query.
/// </summary>
public sealed record CurrentUser(Guid Id, long TelegramId, string FirstName, Language Language)
{
    public static async ValueTask<CurrentUser?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        await context
            .RequestServices.GetRequiredService<CurrentUserResolver>()
            .ResolveAsync(context.User, context.RequestAborted);
}
