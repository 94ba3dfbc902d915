using CarPass.Data.Users;

namespace CarPass.Host.Auth;

/// <summary>The verdict on one initData string: the Telegram user it vouches for, or why it was refused.</summary>
public sealed record InitDataCheck(TelegramProfile? Profile, AuthFailure? Failure)
{
    public static InitDataCheck Valid(TelegramProfile profile) => new(profile, null);

    public static InitDataCheck Refused(AuthFailure failure) => new(null, failure);
}
