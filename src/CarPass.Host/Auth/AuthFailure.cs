namespace CarPass.Host.Auth;

/// <summary>Why initData was refused; the code goes into the 401 problem body as "error".</summary>
public enum AuthFailure
{
    Missing,
    Invalid,
    Expired,
    FromFuture,
    NotConfigured,
}
