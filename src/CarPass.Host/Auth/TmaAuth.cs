namespace CarPass.Host.Auth;

/// <summary>Names of the Mini App's "Authorization: tma &lt;initData&gt;" scheme and the claims it sets.</summary>
public static class TmaAuth
{
    public const string Scheme = "tma";
    public const string Policy = "MiniAppUser";
    public const string TelegramIdClaim = "telegram_id";
    public const string FirstNameClaim = "first_name";
    public const string LastNameClaim = "last_name";
    public const string UsernameClaim = "username";
    public const string LanguageCodeClaim = "language_code";
}
